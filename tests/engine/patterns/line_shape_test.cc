#include "engine/patterns/line_shape.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "engine/patterns/token_mask.h"

namespace tailwatch::engine::patterns {
namespace {

std::vector<uint64_t> MaskedHashes(std::string_view line) {
  std::vector<MaskedToken> tokens;
  MaskTokens(line, tokens);
  std::vector<uint64_t> hashes;
  for (const MaskedToken& t : tokens) hashes.push_back(t.hash);
  return hashes;
}

TEST(LineShapeTest, NumbersAndSpacingFoldButWordsAndNamesDoNot) {
  EXPECT_EQ(LineShape("took 12 ms"), LineShape("took  345\tms"));
  EXPECT_EQ(LineShape("at 2024-05-01T10:00:00Z id=7"), LineShape("at 1999-12-31T23:59:59Z id=12"));
  EXPECT_EQ(LineShape("v=0.5"), LineShape("v=10.25"));
  EXPECT_NE(LineShape("took 12 ms"), LineShape("took 12 s"));
  // A name's digit is part of the word: eth0 and eth1 are different constants.
  EXPECT_NE(LineShape("link eth0 up"), LineShape("link eth1 up"));
  EXPECT_NE(LineShape("link eth0"), LineShape("link eth12"));
  // A single digit that is not a name's folds like any number.
  EXPECT_EQ(LineShape("retry 1 of 3"), LineShape("retry 10 of 30"));
  EXPECT_NE(LineShape("ab0"), LineShape("ab12"));
  EXPECT_NE(0u, LineShape(""));
}

TEST(LineShapeTest, LongLinesAndNulBytesHaveNoShape) {
  EXPECT_EQ(0u, LineShape(std::string(kMaxShapeBytes + 1, 'x')));
  EXPECT_NE(0u, LineShape(std::string(kMaxShapeBytes, 'x')));
  EXPECT_EQ(0u, LineShape(std::string("a\0b", 3)));
  EXPECT_EQ(0u, LineShapeScalar(std::string("a\0b", 3)));
  EXPECT_EQ(0u, LineShape(std::string(kMaxShapeBytes - 1, 'x') + std::string(1, '\0')));
}

std::string RandomLine(std::mt19937& random, std::string_view alphabet, size_t size) {
  std::string line(size, ' ');
  for (char& c : line) c = alphabet[random() % alphabet.size()];
  return line;
}

// Lines of every length around the 64-byte blocks and the 4 KiB limit,
// from the bytes the rules look at: the vector code and the reference agree.
TEST(LineShapeTest, AgreesWithTheScalarReference) {
  static constexpr std::string_view kAlphabet = "aZ_-0919=:\"'[](). \t\r\n\v\f/x\x80\xff";
  std::mt19937 random(11);
  for (int round = 0; round < 20000; ++round) {
    size_t size = random() % 300;
    if (round % 100 == 0) size = kMaxShapeBytes - 200 + random() % 300;
    std::string line = RandomLine(random, kAlphabet, size);
    if (round % 500 == 0 && !line.empty()) line[random() % line.size()] = '\0';
    ASSERT_EQ(LineShapeScalar(line), LineShape(line)) << line;
  }
  if (!LineShapeIsVectorized()) GTEST_SKIP() << "no AVX-512 VBMI2: only the reference ran";
}

// The promise the miner relies on: lines of one shape mask alike. Variants
// of random lines (digit runs and blank runs rewritten) share shapes often.
TEST(LineShapeTest, EqualShapesMaskAlike) {
  static constexpr std::string_view kAlphabet = "ab09=:\"'[]. \t/J";
  static constexpr std::string_view kDigits = "0123456789";
  std::mt19937 random(5);
  size_t equal_pairs = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string base = RandomLine(random, kAlphabet, 1 + random() % 60);
    std::unordered_map<uint64_t, std::vector<uint64_t>> masked_by_shape;
    for (int variant = 0; variant < 20; ++variant) {
      std::string line;
      for (const char c : base) {
        if (c >= '0' && c <= '9') {
          const size_t run = 1 + random() % 3;
          for (size_t i = 0; i < run; ++i) line += kDigits[random() % kDigits.size()];
        } else if (c == ' ') {
          line.append(1 + random() % 2, random() % 2 == 0 ? ' ' : '\t');
        } else {
          line += c;
        }
      }
      const uint64_t shape = LineShape(line);
      const std::vector<uint64_t> masked = MaskedHashes(line);
      const auto [at, inserted] = masked_by_shape.emplace(shape, masked);
      if (!inserted) {
        ++equal_pairs;
        ASSERT_EQ(at->second, masked) << "base " << base << " variant " << line;
      }
    }
  }
  EXPECT_GT(equal_pairs, 10000u);
}

// Real lines: the project's test logs, and the Loghub sets where the shared
// corpora sit beside the checkout.
TEST(LineShapeTest, EqualShapesMaskAlikeOnRealLines) {
  std::vector<std::filesystem::path> files;
  for (const char* dir : {"/tests/testdata/corpus_lines", "/tests/testdata/crash_endings"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(TAILWATCH_SOURCE_DIR + std::string(dir))) {
      files.push_back(entry.path());
    }
  }
  const std::filesystem::path loghub = TAILWATCH_SOURCE_DIR "/../shared/corpora/loghub";
  const bool have_loghub = std::filesystem::is_directory(loghub);
  if (have_loghub) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(loghub)) {
      if (entry.path().string().ends_with("_2k.log")) files.push_back(entry.path());
    }
  }
  std::unordered_map<uint64_t, std::vector<uint64_t>> masked_by_shape;
  size_t lines = 0;
  for (const std::filesystem::path& file : files) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line); ++lines) {
      const auto [at, inserted] = masked_by_shape.emplace(LineShape(line), MaskedHashes(line));
      if (!inserted) {
        ASSERT_EQ(at->second, MaskedHashes(line)) << file << ": " << line;
      }
    }
  }
  EXPECT_GT(lines, 80u);
  if (!have_loghub) GTEST_SKIP() << "no " << loghub << ": checked the test logs only";
  // Real logs repeat their shapes: that is what the miner saves.
  EXPECT_LT(masked_by_shape.size(), lines / 4);
}

}  // namespace
}  // namespace tailwatch::engine::patterns

// The record rule (log_records.h) and its vectorized scans agree with a
// byte-at-a-time reference on random buffers built to hit every edge: CRLF,
// lone CR, blank records, records that start with blanks and '{', and
// records longer than the vector blocks.
#include "engine/match/log_records.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace tailwatch::engine {
namespace {

struct Reference {
  std::vector<std::string_view> records;
  std::vector<uint32_t> braces;  // offsets of the '{' of records that start with one
};

Reference Split(std::string_view text) {
  Reference out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r') continue;
    if (i > start) {
      out.records.push_back(text.substr(start, i - start));
      size_t at = start;
      while (at < i &&
             (text[at] == ' ' || text[at] == '\t' || text[at] == '\f' || text[at] == '\v')) {
        ++at;
      }
      if (at < i && text[at] == '{') out.braces.push_back(static_cast<uint32_t>(at));
    }
    start = i + 1;
  }
  return out;
}

std::string RandomText(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {"\n",
                                                  "\r",
                                                  "\r\n",
                                                  "\n\n",
                                                  " ",
                                                  "\t",
                                                  "\f",
                                                  "\v",
                                                  "{",
                                                  "{\"a\":1}",
                                                  "x",
                                                  "abc",
                                                  "}",
                                                  " {",
                                                  "  {",
                                                  "\t \v{",
                                                  "\x01{",
                                                  "\x01 {",
                                                  " \x1f{",
                                                  "é",
                                                  std::string(1, '\0'),
                                                  "ERROR",
                                                  std::string(31, 'y'),
                                                  std::string(33, 'z'),
                                                  std::string(63, 'w'),
                                                  std::string(65, 'v'),
                                                  std::string(40, ' ') + "{"};
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1);
  std::string text;
  const size_t n = rng() % 120;
  for (size_t k = 0; k < n; ++k) text += pieces[pick(rng)];
  return text;
}

TEST(LogRecordsTest, ForEachLogRecordMatchesTheReference) {
  std::mt19937 rng(3);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(rng);
    std::vector<std::string_view> got;
    ForEachLogRecord(text, [&](std::string_view r) { got.push_back(r); });
    ASSERT_EQ(Split(text).records, got) << "round " << round;
  }
}

// Every vector code this CPU has, and the scalar one.
std::vector<VectorCode> Codes() {
  std::vector<VectorCode> out;
  for (const VectorCode c :
       {VectorCode::kBest, VectorCode::kScalar, VectorCode::kAvx2, VectorCode::kAvx512}) {
    if (HasVectorCode(c)) out.push_back(c);
  }
  return out;
}

TEST(LogRecordsTest, TerminatorScannerFindsEveryTerminator) {
  std::mt19937 rng(2);
  for (int round = 0; round < 2000; ++round) {
    std::string text = RandomText(rng);
    if (round % 10 == 0) text += std::string(5000 + rng() % 300, 'k') + "\n";  // many blocks
    std::vector<size_t> want;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || text[i] == '\r') want.push_back(i);
    }
    for (const VectorCode code : Codes()) {
      TerminatorScanner scanner(text, code);
      std::vector<size_t> got;
      for (size_t pos = 0; scanner.Next(&pos);) got.push_back(pos);
      ASSERT_EQ(want, got) << "round " << round << " code " << static_cast<int>(code);
    }
  }
}

TEST(LogRecordsTest, ScanCountsRecordsAndFindsBraceRecords) {
  std::mt19937 rng(4);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = RandomText(rng);
    const Reference want = Split(text);
    for (const VectorCode code : Codes()) {
      SCOPED_TRACE(static_cast<int>(code));
      EXPECT_EQ(want.records.size(), ScanLogRecords(text, nullptr, code)) << "round " << round;
      std::vector<uint32_t> braces = {7};  // appended to, not replaced
      EXPECT_EQ(want.records.size(), ScanLogRecords(text, &braces, code)) << "round " << round;
      ASSERT_FALSE(braces.empty());
      EXPECT_EQ(7U, braces.front());
      braces.erase(braces.begin());
      ASSERT_EQ(want.braces, braces) << "round " << round;
    }
  }
}

TEST(LogRecordsTest, ScanHandlesTheEdges) {
  EXPECT_EQ(0U, ScanLogRecords(""));
  EXPECT_EQ(0U, ScanLogRecords("\n\r\n\r"));
  EXPECT_EQ(1U, ScanLogRecords("a"));
  EXPECT_EQ(2U, ScanLogRecords("a\r\nb"));
  EXPECT_EQ(3U, ScanLogRecords("a\rb\r\rc\n"));
  std::vector<uint32_t> braces;
  EXPECT_EQ(1U, ScanLogRecords("{", &braces));
  EXPECT_EQ(std::vector<uint32_t>{0}, braces);
  // A record of blanks then '{' across a 64-byte block boundary.
  const std::string text = "x\n" + std::string(100, ' ') + "{\"k\":1}\n";
  braces.clear();
  EXPECT_EQ(2U, ScanLogRecords(text, &braces));
  EXPECT_EQ(std::vector<uint32_t>{102}, braces);
}

TEST(LogRecordsTest, WholeRecordsLengthEndsAfterTheLastTerminator) {
  EXPECT_EQ(0U, WholeRecordsLength(""));
  EXPECT_EQ(0U, WholeRecordsLength("partial"));
  EXPECT_EQ(2U, WholeRecordsLength("a\nb"));
  EXPECT_EQ(3U, WholeRecordsLength("a\r\nb"));
  EXPECT_EQ(4U, WholeRecordsLength("a\rb\r"));
}

TEST(LogRecordsTest, RecordAroundFindsTheRecordOfAByte) {
  std::mt19937 rng(5);
  for (int round = 0; round < 2000; ++round) {
    const std::string text = RandomText(rng);
    for (const std::string_view record : Split(text).records) {
      const size_t begin = static_cast<size_t>(record.data() - text.data());
      for (const size_t pos : {begin, begin + record.size() / 2, begin + record.size() - 1}) {
        const auto [first, last] = LogRecordAround(text, pos);
        ASSERT_EQ(begin, first) << "round " << round;
        ASSERT_EQ(begin + record.size(), last) << "round " << round;
      }
    }
  }
}

}  // namespace
}  // namespace tailwatch::engine

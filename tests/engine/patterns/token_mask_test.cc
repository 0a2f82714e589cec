#include "engine/patterns/token_mask.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace tailwatch::engine::patterns {
namespace {

struct MaskCase {
  const char* name;
  const char* token;
  const char* masked;
};

class MaskedTextTest : public ::testing::TestWithParam<MaskCase> {};

TEST_P(MaskedTextTest, MasksVariablePieces) {
  const MaskCase& c = GetParam();
  EXPECT_EQ(c.masked, MaskedText(c.token));
  // The hash agrees with the text: wildcard exactly when the text is <*>.
  EXPECT_EQ(std::string(c.masked) == "<*>", HashToken(c.token) == kWildcardHash);
}

INSTANTIATE_TEST_SUITE_P(
    Tokens, MaskedTextTest,
    ::testing::Values(
        MaskCase{"word", "ERROR", "ERROR"}, MaskCase{"word_with_punctuation", "failed,", "failed,"},
        MaskCase{"integer", "4096", "<*>"}, MaskCase{"negative", "-17", "<*>"},
        MaskCase{"float", "0.2477829", "<*>"}, MaskCase{"hex", "0x7fff5fbff8c8", "<*>"},
        MaskCase{"uuid", "3edec1e4-9678-4a3a-a21b-a145a4ee5e61", "<*>"},
        MaskCase{"ip", "10.251.43.21", "<*>"}, MaskCase{"ip_port", "10.251.43.21:50010", "<*>"},
        MaskCase{"host_port", "proxy.cse.cuhk.edu.hk:5070", "<*>"},
        MaskCase{"block_id", "blk_-1608999687919862906", "<*>"},
        MaskCase{"path_with_digits", "/var/log/app/run-42.log", "<*>"},
        MaskCase{"timestamp", "2024-05-01T10:00:00Z", "<*>"}, MaskCase{"clock", "10:00:01", "<*>"},
        MaskCase{"month", "Jul", "<*>"}, MaskCase{"weekday_bracketed", "[Sun", "<*>"},
        MaskCase{"double_quoted", "\"alice\"", "<*>"}, MaskCase{"single_quoted", "'Active'", "<*>"},
        MaskCase{"key_number", "size=1024", "size=<*>"},
        MaskCase{"key_word", "rhost=example.org", "rhost=<*>"},
        MaskCase{"key_empty", "logname=", "logname="},
        MaskCase{"colon_key_number", "onExtend:1514038530000", "onExtend:<*>"},
        MaskCase{"interface_name", "eth0", "eth0"}, MaskCase{"protocol_name", "SOCKS5", "SOCKS5"}),
    [](const ::testing::TestParamInfo<MaskCase>& test) { return test.param.name; });

TEST(MaskTokensTest, SplitsOnBlanksAndKeepsViews) {
  std::vector<MaskedToken> tokens;
  const std::string line = "  Receiving block blk_42\tsrc: /10.0.0.1:50010\r\n";
  MaskTokens(line, tokens);
  ASSERT_EQ(5u, tokens.size());
  EXPECT_EQ("Receiving", tokens[0].text);
  EXPECT_EQ("blk_42", tokens[2].text);
  EXPECT_EQ(kWildcardHash, tokens[2].hash);
  EXPECT_EQ("src:", tokens[3].text);
  EXPECT_NE(kWildcardHash, tokens[3].hash);
  EXPECT_EQ(kWildcardHash, tokens[4].hash);
}

TEST(MaskTokensTest, EqualMaskedFormsHashEqual) {
  std::vector<MaskedToken> a;
  std::vector<MaskedToken> b;
  MaskTokens("job 17 took 3.5 s", a);
  MaskTokens("job 99 took 120 s", b);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].hash, b[i].hash) << i;
}

TEST(MaskTokensTest, EmptyAndBlankLinesHaveNoTokens) {
  std::vector<MaskedToken> tokens{{"stale", 1}};
  MaskTokens("", tokens);
  EXPECT_TRUE(tokens.empty());
  MaskTokens(" \t \r", tokens);
  EXPECT_TRUE(tokens.empty());
}

TEST(MaskTokensTest, FoldsTheTailOfVeryLongLinesIntoOneVariable) {
  std::string line;
  for (size_t i = 0; i < 3 * kMaxTokens; ++i) line += "w ";
  std::vector<MaskedToken> tokens;
  MaskTokens(line, tokens);
  ASSERT_EQ(kMaxTokens, tokens.size());
  EXPECT_EQ(kWildcardHash, tokens.back().hash);
  EXPECT_EQ('w', tokens.back().text.back());
}

// The bitmap tokenizer and the byte-at-a-time reference agree on every
// line: same tokens, same hashes. Random lines over an alphabet rich in the
// bytes the rules look at, of every length around the 64-byte blocks and
// the 4 KiB limit of the bitmaps, and tokens that end near the line's end
// (the hash's last-word load).
TEST(MaskTokensTest, AgreesWithTheScalarReference) {
  static constexpr std::string_view kAlphabet = "aZ_-09=:\"'[](),. \t\r\n\v\f/JanSunMayx\x80\xff";
  std::mt19937 random(7);
  std::vector<MaskedToken> fast;
  std::vector<MaskedToken> reference;
  for (int round = 0; round < 20000; ++round) {
    size_t size = random() % 200;
    if (round % 100 == 0) size = 4000 + random() % 200;
    std::string line(size, ' ');
    for (char& c : line) c = kAlphabet[random() % kAlphabet.size()];
    if (round % 3 == 0) {
      // Longer words: fewer blanks, so tokens cross 8-byte words and blocks.
      for (char& c : line) {
        if (c == ' ' && random() % 4 != 0) c = 'q';
      }
    }
    MaskTokens(line, fast);
    MaskTokensScalar(line, reference);
    ASSERT_EQ(reference.size(), fast.size()) << line;
    for (size_t i = 0; i < fast.size(); ++i) {
      ASSERT_EQ(reference[i].text, fast[i].text) << line;
      // Views into the same line, so same offsets too.
      ASSERT_EQ(reference[i].text.data(), fast[i].text.data()) << line;
      ASSERT_EQ(reference[i].hash, fast[i].hash) << "token " << i << " of " << line;
      if (i + 1 < kMaxTokens) {
        ASSERT_EQ(HashToken(fast[i].text), fast[i].hash) << line;
      }
    }
  }
}

TEST(MaskTokensTest, ShortLinesAndTokensAtTheEndHashLikeAloneToken) {
  // Each token's hash equals HashToken of the token on its own, wherever it
  // sits in the line (the last partial word is loaded from around it).
  std::vector<MaskedToken> tokens;
  for (const std::string line :
       {"a", "ab", "abc size=12", "x abcdefghi", "abcdefghijk", "p q rstuvwxyzabcdefg", "k=v"}) {
    MaskTokens(line, tokens);
    for (const MaskedToken& t : tokens) EXPECT_EQ(HashToken(t.text), t.hash) << line;
  }
}

}  // namespace
}  // namespace tailwatch::engine::patterns

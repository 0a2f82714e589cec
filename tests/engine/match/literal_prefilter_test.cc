// LiteralPrefilter: both engines report exactly the literals that occur and
// never miss a regex that matches.
#include "engine/match/literal_prefilter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "engine/match/cloudwatch_regex.h"

namespace tailwatch::engine {
namespace {

using Engine = LiteralPrefilter::Engine;

class LiteralPrefilterTest : public testing::TestWithParam<Engine> {};

TEST_P(LiteralPrefilterTest, LiteralHitsAreExactAndRegexesNeverMissed) {
  const std::vector<std::string> literals = {
      "ERROR",     "a.b*c", "(x)", "\\", "nan", "loss:nan", std::string("\0z", 2),
      "\xe9t\xe9", "RR",    "E"};
  const std::vector<std::string> regex_bodies = {"^ERR", "nan$", "[0-9]{2,}", "x|y\\x28"};
  std::vector<LiteralPrefilter::Entry> entries;
  for (const auto& l : literals) entries.push_back({l, false});
  std::vector<CloudWatchRegex> regexes;
  for (const auto& body : regex_bodies) {
    regexes.push_back(*CloudWatchRegex::Compile(body));
    entries.push_back({regexes.back().re2_pattern(), true});
  }
  auto prefilter = LiteralPrefilter::Build(entries, GetParam());
  for (size_t i = 0; i < literals.size(); ++i) EXPECT_FALSE(prefilter->always_hit(i));

  const std::vector<std::string> pieces = {
      "ERROR", "a.b*c", "(",    "x)", "\\", "nan", "loss:", std::string("\0", 1),
      "z",     "\xe9t", "\xe9", "R",  "E",  "12",  "3",     "y",
      " ",     "\n"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<size_t> count(0, 7), pick(0, pieces.size() - 1);
  PrefilterScratch scratch;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (size_t n = count(rng); n > 0; --n) text += pieces[pick(rng)];
    prefilter->Scan(text, &scratch);
    for (size_t i = 0; i < literals.size(); ++i) {
      EXPECT_EQ(text.find(literals[i]) != std::string::npos, scratch.hit(i))
          << "literal " << i << " in '" << text << "'";
    }
    for (size_t r = 0; r < regexes.size(); ++r) {
      if (regexes[r].Search(text)) {
        EXPECT_TRUE(scratch.hit(literals.size() + r)) << regex_bodies[r] << " in '" << text << "'";
      }
    }
  }
}

TEST_P(LiteralPrefilterTest, EmptyPrefilter) {
  auto prefilter = LiteralPrefilter::Build({}, GetParam());
  PrefilterScratch scratch;
  prefilter->Scan("anything", &scratch);
  EXPECT_EQ(0u, prefilter->size());
}

// A prefilter still in use is handed out again for the same entries and
// engine, and only then: a kind, a case flag or the engine makes another.
TEST_P(LiteralPrefilterTest, SameEntriesShareThePrefilterInUse) {
  const std::vector<LiteralPrefilter::Entry> entries = {{"loss", false}, {"l[o0]ss", true}};
  auto first = LiteralPrefilter::Build(entries, GetParam());
  auto again = LiteralPrefilter::Build(entries, GetParam());
  EXPECT_EQ(first.get(), again.get());

  std::vector<LiteralPrefilter::Entry> caseless = entries;
  caseless[0].caseless = true;
  EXPECT_NE(first.get(), LiteralPrefilter::Build(caseless, GetParam()).get());
  std::vector<LiteralPrefilter::Entry> as_regex = entries;
  as_regex[0].is_regex = true;
  EXPECT_NE(first.get(), LiteralPrefilter::Build(as_regex, GetParam()).get());
  const Engine other = GetParam() == Engine::kAuto ? Engine::kRe2Set : Engine::kAuto;
  EXPECT_NE(first.get(), LiteralPrefilter::Build(entries, other).get());
  // The text is part of the key with its length: "ab"+"c" is not "a"+"bc".
  auto split1 = LiteralPrefilter::Build({{"ab", false}, {"c", false}}, GetParam());
  auto split2 = LiteralPrefilter::Build({{"a", false}, {"bc", false}}, GetParam());
  EXPECT_NE(split1.get(), split2.get());

  // The shared one scans as a fresh build does.
  PrefilterScratch scratch;
  again->Scan("a l0ss here", &scratch);
  EXPECT_FALSE(scratch.hit(0));
  EXPECT_TRUE(scratch.hit(1));
}

INSTANTIATE_TEST_SUITE_P(Engines, LiteralPrefilterTest,
                         testing::Values(Engine::kAuto, Engine::kRe2Set),
                         [](const testing::TestParamInfo<Engine>& param_info) {
                           return param_info.param == Engine::kAuto ? "Auto" : "Re2Set";
                         });

}  // namespace
}  // namespace tailwatch::engine

#include "engine/patterns/pattern_miner.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "engine/common/fnv1a.h"

namespace tailwatch::engine::patterns {
namespace {

std::string HexId(std::string_view text) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(Fnv1a(text)));
  return hex;
}

TEST(PatternMinerTest, LinesThatDifferInMaskedPartsShareOnePattern) {
  PatternMiner miner;
  const Assignment a = miner.Observe("Receiving block blk_123 src: /10.0.0.1:50010", 1000);
  const Assignment b = miner.Observe("Receiving block blk_-98 src: /10.0.0.7:50011", 2000);
  EXPECT_TRUE(a.created);
  EXPECT_FALSE(b.created);
  EXPECT_EQ(a.index, b.index);
  const Pattern& p = miner.pattern(a.index);
  EXPECT_EQ("Receiving block <*> src: <*>", p.text);
  EXPECT_EQ(2u, p.count);
  EXPECT_EQ(1000, p.first_seen_ms);
  EXPECT_EQ(2000, p.last_seen_ms);
  EXPECT_EQ(1u, miner.live_count());
}

TEST(PatternMinerTest, TheTreeSeparatesLengthsAndFirstTokens) {
  PatternMiner miner;
  const uint32_t a = miner.Observe("connection closed by peer", 0).index;
  const uint32_t b = miner.Observe("connection closed by peer 7", 0).index;
  const uint32_t c = miner.Observe("session closed by peer", 0).index;
  EXPECT_NE(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(3u, miner.live_count());
}

TEST(PatternMinerTest, APlaceBecomesVariableAfterEnoughDistinctWords) {
  PatternMiner miner;
  const uint32_t alice = miner.Observe("Invalid user alice from 10.0.0.1", 0).index;
  const uint32_t bob = miner.Observe("Invalid user bob from 10.0.0.2", 0).index;
  const uint32_t carol = miner.Observe("Invalid user carol from 10.0.0.3", 0).index;
  // Three words could still be three messages ("VM Started", "VM Stopped").
  EXPECT_EQ(3u, miner.live_count());
  EXPECT_NE(alice, bob);
  const Assignment dave = miner.Observe("Invalid user dave from 10.0.0.4", 0);
  EXPECT_FALSE(dave.created);
  EXPECT_EQ(1u, miner.live_count());
  EXPECT_EQ(dave.index, miner.Resolve(alice));
  EXPECT_EQ(dave.index, miner.Resolve(bob));
  EXPECT_EQ(dave.index, miner.Resolve(carol));
  const Pattern& p = miner.pattern(dave.index);
  EXPECT_EQ("Invalid user <*> from <*>", p.text);
  EXPECT_EQ(4u, p.count);
  // Later users join without creating anything.
  EXPECT_EQ(dave.index, miner.Observe("Invalid user erin from 10.0.0.5", 0).index);
  EXPECT_EQ(2u, miner.counters().merges);
}

TEST(PatternMinerTest, AVariableFirstWordIsLearnedAcrossLeaves) {
  PatternMiner miner;
  uint32_t last = 0;
  for (const char* job :
       {"com.apple.cache:", "com.apple.safari:", "com.apple.icloud:", "com.apple.backup:"}) {
    last = miner.Observe(std::string(job) + " scheduler told me to run this job in 30 seconds", 0)
               .index;
  }
  EXPECT_EQ(1u, miner.live_count());
  EXPECT_EQ("<*> scheduler told me to run this job in <*> seconds", miner.pattern(last).text);
  // Short messages need more than their first word in common.
  PatternMiner short_lines;
  for (const char* word : {"alpha", "beta", "gamma", "delta"}) {
    short_lines.Observe(std::string(word) + " 1", 0);
  }
  EXPECT_EQ(4u, short_lines.live_count());
}

TEST(PatternMinerTest, AFewDistinctWordsStaySeparatePatterns) {
  PatternMiner miner;
  const uint32_t started = miner.Observe("[instance: 42] VM Started (Lifecycle Event)", 0).index;
  const uint32_t stopped = miner.Observe("[instance: 43] VM Stopped (Lifecycle Event)", 0).index;
  EXPECT_NE(started, stopped);
  EXPECT_EQ(started, miner.Observe("[instance: 44] VM Started (Lifecycle Event)", 0).index);
}

TEST(PatternMinerTest, AMaskedValueAtAConstantPlaceMakesItVariableAtOnce) {
  PatternMiner miner;
  const uint32_t first = miner.Observe("Invalid user webmaster from 10.0.0.1", 0).index;
  const Assignment next = miner.Observe("Invalid user test9x from 10.0.0.2", 0);
  EXPECT_FALSE(next.created);
  EXPECT_EQ(first, next.index);
  EXPECT_EQ("Invalid user <*> from <*>", miner.pattern(first).text);
}

TEST(PatternMinerTest, IdsHashTheTemplateAndSurviveGeneralizationAsAliases) {
  PatternMiner miner;
  const uint32_t index = miner.Observe("Invalid user webmaster from 10.0.0.1", 0).index;
  const std::string first_id = miner.pattern(index).id;
  EXPECT_EQ(HexId("Invalid user webmaster from <*>"), first_id);
  miner.Observe("Invalid user 12345 from 10.0.0.2", 0);
  const Pattern& p = miner.pattern(index);
  EXPECT_EQ(HexId("Invalid user <*> from <*>"), p.id);
  EXPECT_EQ(std::vector<std::string>{first_id}, p.aliases);

  // Another miner that sees the same template gets the same id.
  PatternMiner other;
  other.Observe("Invalid user 777 from 192.168.1.1", 0);
  EXPECT_EQ(p.id, other.pattern(0).id);
}

TEST(PatternMinerTest, AMergeKeepsEveryOldIdAndTheOldestPattern) {
  PatternMiner miner;
  std::vector<std::string> ids;
  for (const char* user : {"alice", "bob", "carol"}) {
    const uint32_t i = miner.Observe(std::string("login by ") + user + " ok", 0).index;
    ids.push_back(miner.pattern(i).id);
  }
  const uint32_t merged = miner.Observe("login by dave ok", 0).index;
  EXPECT_EQ(0u, merged);  // the oldest survives
  const Pattern& p = miner.pattern(merged);
  for (const std::string& id : ids) {
    EXPECT_NE(std::find(p.aliases.begin(), p.aliases.end(), id), p.aliases.end()) << id;
  }
  EXPECT_EQ(1u, miner.LivePatterns().size());
}

TEST(PatternMinerTest, ThePatternCapIsHeldAndCounted) {
  PatternMiner miner({.max_patterns = 2, .max_examples = 1, .max_example_bytes = 8});
  EXPECT_NE(PatternMiner::kOverflow, miner.Observe("alpha one", 0).index);
  EXPECT_NE(PatternMiner::kOverflow, miner.Observe("beta two", 0).index);
  const Assignment over = miner.Observe("gamma three", 0);
  EXPECT_EQ(PatternMiner::kOverflow, over.index);
  EXPECT_FALSE(over.created);
  EXPECT_EQ(1u, miner.counters().lines_over_cap);
  EXPECT_EQ(2u, miner.live_count());
  // Known patterns still take their lines.
  EXPECT_NE(PatternMiner::kOverflow, miner.Observe("alpha one", 0).index);
}

TEST(PatternMinerTest, ExamplesAreFewAndTruncated) {
  PatternMiner miner({.max_patterns = 10, .max_examples = 2, .max_example_bytes = 10});
  uint32_t index = 0;
  for (int i = 0; i < 5; ++i) {
    index = miner.Observe("worker " + std::to_string(i) + " started quickly", 0).index;
  }
  const Pattern& p = miner.pattern(index);
  ASSERT_EQ(2u, p.examples.size());
  EXPECT_EQ("worker 0 s", p.examples[0]);
  EXPECT_EQ(5u, p.count);
}

TEST(PatternMinerTest, CheckpointRoundTripContinuesIdentically) {
  const std::vector<std::string> before = {"Invalid user alice from 10.0.0.1",
                                           "Invalid user bob from 10.0.0.2",
                                           "Accepted password for root from 10.0.0.3 port 22 ssh2",
                                           "Invalid user carol from 10.0.0.3",
                                           "Invalid user dave from 10.0.0.4",
                                           "Received disconnect from 10.0.0.9: 11: Bye Bye"};
  const std::vector<std::string> after = {
      "Invalid user erin from 10.0.0.5", "Accepted password for bob from 10.0.0.6 port 2 ssh2",
      "Connection closed by 10.0.0.7", "Received disconnect from 10.0.0.8: 11: Bye Bye"};
  PatternMiner original;
  int64_t t = 0;
  for (const std::string& line : before) original.Observe(line, t += 1000);
  PatternMiner restored;
  ASSERT_TRUE(restored.Restore(original.Serialize()));
  ASSERT_EQ(original.live_count(), restored.live_count());
  for (const uint32_t i : original.LivePatterns()) {
    EXPECT_EQ(original.pattern(i).id, restored.pattern(i).id);
    EXPECT_EQ(original.pattern(i).text, restored.pattern(i).text);
    EXPECT_EQ(original.pattern(i).aliases, restored.pattern(i).aliases);
    EXPECT_EQ(original.pattern(i).count, restored.pattern(i).count);
    EXPECT_EQ(original.pattern(i).examples, restored.pattern(i).examples);
  }
  for (const std::string& line : after) {
    const Assignment a = original.Observe(line, t += 1000);
    const Assignment b = restored.Observe(line, t);
    EXPECT_EQ(a.index, b.index) << line;
    EXPECT_EQ(a.created, b.created) << line;
  }
  EXPECT_EQ(original.Serialize(), restored.Serialize());
}

// The shape cache is only a shortcut: with it and without it, every line
// goes to the same pattern, through cache resets too (more distinct masked
// sequences than the caches hold), and the learned state is byte for byte
// the same.
TEST(PatternMinerTest, LineShapesChangeNoAssignment) {
  std::vector<std::string> lines;
  const std::filesystem::path dir = TAILWATCH_SOURCE_DIR "/tests/testdata/corpus_lines";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) lines.push_back(line);
  }
  std::mt19937 random(3);
  const size_t real = lines.size();
  for (size_t i = 0; i < 3 * PatternMiner::kMaxCacheEntries; ++i) {
    std::string word;  // a distinct digitless word: a new masked sequence
    for (size_t k = i + 1; k > 0; k /= 26) word += static_cast<char>('a' + k % 26);
    lines.push_back("user " + word + " logged in from 10.0.0." + std::to_string(random() % 256) +
                    " port " + std::to_string(random() % 70000));
    if (i % 4 == 0) lines.push_back(lines[random() % lines.size()]);
    if (i % 7 == 0) lines.push_back(lines[random() % real]);
  }
  PatternMinerOptions without;
  without.use_line_shapes = false;
  PatternMiner shaped;
  PatternMiner plain(without);
  int64_t t = 0;
  for (const std::string& line : lines) {
    const Assignment a = shaped.Observe(line, t += 10);
    const Assignment b = plain.Observe(line, t);
    ASSERT_EQ(b.index, a.index) << line;
    ASSERT_EQ(b.created, a.created) << line;
  }
  EXPECT_GT(plain.counters().cache_resets, 0u);
  EXPECT_EQ(plain.Serialize(), shaped.Serialize());
}

TEST(PatternMinerTest, CorruptCheckpointsFailAndLeaveTheMinerEmpty) {
  PatternMiner original;
  original.Observe("disk sda1 is 91% full", 0);
  const std::string bytes = original.Serialize();
  PatternMiner restored;
  restored.Observe("something else entirely", 0);
  for (size_t cut = 0; cut < bytes.size(); cut += 7) {
    EXPECT_FALSE(restored.Restore(std::string_view(bytes).substr(0, cut))) << cut;
    EXPECT_EQ(0u, restored.live_count());
  }
  std::string wrong_version = bytes;
  wrong_version[0] ^= 0x5a;
  EXPECT_FALSE(restored.Restore(wrong_version));
}

TEST(PatternMinerTest, ArbitraryBytesNeverBreakTheBounds) {
  PatternMiner miner({.max_patterns = 50, .max_examples = 2, .max_example_bytes = 64});
  uint64_t state = 12345;
  const auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(state >> 33);
  };
  for (int line = 0; line < 5000; ++line) {
    std::string text(next() % (line % 100 == 0 ? 20000 : 120), '\0');
    for (char& c : text) c = static_cast<char>(next() % 4 == 0 ? ' ' : next() & 0xff);
    const Assignment a = miner.Observe(text, line);
    if (a.index != PatternMiner::kOverflow) {
      EXPECT_LE(miner.pattern(a.index).examples.size(), 2u);
    }
  }
  EXPECT_LE(miner.live_count(), 50u);
  EXPECT_GT(miner.counters().lines_over_cap, 0u);
  PatternMiner restored;
  EXPECT_TRUE(restored.Restore(miner.Serialize()));
}

TEST(PatternMinerTest, BlankLinesAreOnePatternAndNeverCrash) {
  PatternMiner miner;
  const Assignment a = miner.Observe("", 0);
  const Assignment b = miner.Observe("   ", 0);
  EXPECT_EQ(a.index, b.index);
  EXPECT_EQ("", miner.pattern(a.index).text);
}

}  // namespace
}  // namespace tailwatch::engine::patterns

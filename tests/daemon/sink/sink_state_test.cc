#include "daemon/sink/sink_state.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace tailwatch::sink {
namespace {

SinkState Sample() {
  SinkState s;
  s.files.push_back(FileCursor{"/aws/app", "/var/log/a b.log", 2049, 77, 1, 4096});
  s.streams.push_back(StreamCursor{"g", "stream/1", 12});
  s.journal_resume = 9;
  s.files_seen = true;
  s.pending.push_back(PendingBatch{SourceKind::kFile, "/aws/app", "/var/log/a b.log", "f2049.77.1",
                                   0, 4096, 1796554800000, 2049, 77});
  s.pending.push_back(
      PendingBatch{SourceKind::kJournal, "g", "stream/1", "journal", 10, 12, 1796554800000, 0, 0});
  return s;
}

TEST(SinkStateTest, EncodesAndDecodes) {
  const SinkState s = Sample();
  auto decoded = DecodeSinkState(EncodeSinkState(s));
  ASSERT_TRUE(decoded.has_value()) << decoded.error().message;
  EXPECT_EQ(*decoded, s);
}

TEST(SinkStateTest, RefusesTruncatedOrForeignText) {
  std::string text = EncodeSinkState(Sample());
  EXPECT_FALSE(DecodeSinkState(text.substr(0, text.size() - 4)).has_value());
  EXPECT_FALSE(DecodeSinkState("something else\nend\n").has_value());
  std::string bad = text;
  bad.replace(bad.find("file "), 5, "fiel ");
  EXPECT_FALSE(DecodeSinkState(bad).has_value());
}

TEST(SinkStateTest, WritesDurablyAndReadsBack) {
  const std::string dir = testing::TempDir() + "/sink_state_" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/state";
  auto missing = ReadSinkState(path);
  ASSERT_TRUE(missing.has_value());
  EXPECT_FALSE(missing->has_value());
  ASSERT_TRUE(WriteSinkState(path, Sample()).has_value());
  auto read = ReadSinkState(path);
  ASSERT_TRUE(read.has_value() && read->has_value());
  EXPECT_EQ(**read, Sample());
  EXPECT_FALSE(std::filesystem::exists(path + ".tmp"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace tailwatch::sink

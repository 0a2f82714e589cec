#include "tools/tailwatch/record_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "engine/match/log_records.h"

namespace tailwatch::tools {
namespace {

namespace fs = std::filesystem;

class RecordReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tailwatch-record-reader-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = (dir_ / name).string();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    std::fwrite(content.data(), 1, content.size(), f);
    std::fclose(f);
    return path;
  }

  fs::path dir_;
};

// Records of random lengths with every terminator, a record longer than the
// 1 MiB chunk and one longer than the 8 MiB mapping window: what a large file
// can hold.
std::string MixedContent(size_t bytes, unsigned seed) {
  std::mt19937 rng(seed);
  std::string out;
  const char* terminators[] = {"\n", "\r\n", "\r", "\n\n"};
  while (out.size() < bytes) {
    const size_t roll = rng() % 100000;
    size_t length = rng() % 300;
    if (roll == 0) length = (1 << 20) + rng() % 4096;  // longer than a chunk
    const size_t at = out.size();
    out.resize(at + length);
    for (size_t i = at; i < out.size(); ++i) out[i] = static_cast<char>('a' + rng() % 26);
    out += terminators[rng() % 4];
    if (out.size() > bytes / 2 && out.size() < bytes / 2 + 400) {
      out += std::string((9 << 20) + 17, 'x') + "\n";  // longer than a window
    }
  }
  return out;
}

std::vector<std::string> RecordsOf(std::string_view text) {
  std::vector<std::string> out;
  engine::ForEachLogRecord(text, [&](std::string_view r) { out.emplace_back(r); });
  return out;
}

TEST_F(RecordReaderTest, MappedFilesGiveTheRecordsAndBuffersOfTheWholeFile) {
  for (const bool final_terminator : {true, false}) {
    std::string content = MixedContent(40 << 20, final_terminator ? 1 : 2);
    if (!final_terminator) content += "last record without a terminator";
    const std::string path = Write("big.log", content);
    std::string joined;
    std::vector<std::string> records;
    size_t buffers = 0;
    const Status status = ForEachRecordBuffer(path, [&](std::string_view buffer) {
      ASSERT_FALSE(buffer.empty());
      // Every buffer but the last ends with a terminator.
      if (joined.size() + buffer.size() < content.size()) {
        ASSERT_TRUE(buffer.back() == '\n' || buffer.back() == '\r');
      }
      joined.append(buffer);
      engine::ForEachLogRecord(buffer, [&](std::string_view r) { records.emplace_back(r); });
      ++buffers;
    });
    ASSERT_TRUE(status) << status.error().message;
    EXPECT_EQ(joined.size(), content.size());
    EXPECT_TRUE(joined == content);
    EXPECT_TRUE(records == RecordsOf(content));
    EXPECT_GT(buffers, 30u);
  }
}

TEST_F(RecordReaderTest, SmallFilesAndStdinReadAsBefore) {
  const std::string content = "one\ntwo\r\nthree\rfour";
  const std::string path = Write("small.log", content);
  std::string joined;
  ASSERT_TRUE(ForEachRecordBuffer(path, [&](std::string_view b) { joined.append(b); }));
  EXPECT_EQ(joined, content);
  const std::string empty = Write("empty.log", "");
  size_t calls = 0;
  ASSERT_TRUE(ForEachRecordBuffer(empty, [&](std::string_view) { ++calls; }));
  EXPECT_EQ(calls, 0u);
}

TEST_F(RecordReaderTest, AFileThatShrinksWhileReadStopsCleanly) {
  const std::string content = MixedContent(24 << 20, 3);
  const std::string path = Write("shrinks.log", content);
  std::string joined;
  bool truncated = false;
  const Status status = ForEachRecordBuffer(path, [&](std::string_view buffer) {
    joined.append(buffer);
    if (!truncated) {
      // As `copytruncate` does to a file being read.
      truncated = true;
      ASSERT_EQ(0, ::truncate(path.c_str(), 3 << 20));
    }
  });
  ASSERT_TRUE(status) << status.error().message;
  // What was read is a prefix of the file; nothing faulted.
  EXPECT_LE(joined.size(), content.size());
  EXPECT_EQ(joined, content.substr(0, joined.size()));
}

}  // namespace
}  // namespace tailwatch::tools

// FileReader: line splitting, partial lines, over-long lines, truncation and
// resuming, on real files in a temp dir with time passed in by hand.
#include "daemon/source/file_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::Append;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::IsEmpty;
using testing::RecordingSink;
using testing::TempDir;

struct SplitCase {
  const char* name;
  std::vector<std::string> writes;  // each appended, then one Read
  size_t max_line_bytes;
  std::vector<std::string> want_lines;
  uint64_t want_truncated;
};

std::string Bytes(std::initializer_list<int> bytes) {
  std::string s;
  for (int b : bytes) s.push_back(static_cast<char>(b));
  return s;
}

const SplitCase kSplitCases[] = {
    {"lf", {"a\nbb\n"}, 64, {"a", "bb"}, 0},
    {"crlf", {"a\r\nbb\r\n"}, 64, {"a", "bb"}, 0},
    {"lone_cr_progress_bar", {"10%\r50%\r100%\n"}, 64, {"10%", "50%", "100%"}, 0},
    {"crlf_split_between_writes", {"a\r", "\nb\n"}, 64, {"a", "b"}, 0},
    {"empty_lines_dropped", {"\n\na\n\r\n\n"}, 64, {"a"}, 0},
    {"partial_held_until_newline", {"abc", "def", "\n"}, 64, {"abcdef"}, 0},
    {"invalid_utf8_and_nul",
     {Bytes({0xff, 0xfe, 0, 'x', '\n', 0xc3, '\n'})},
     64,
     {Bytes({0xff, 0xfe, 0, 'x'}), Bytes({0xc3})},
     0},
    {"long_line_truncated", {"abcdefgh\nxy\n"}, 4, {"abcd", "xy"}, 1},
    {"long_line_across_writes", {"abcdefghij", "klm\nxy\n"}, 4, {"abcd", "xy"}, 1},
    {"long_partial_then_cr", {"abcdefg\rz\n"}, 4, {"abcd", "z"}, 1},
    {"exactly_max_is_kept", {"abcd\n", "ab", "cd\n"}, 4, {"abcd", "abcd"}, 0},
    {"two_long_lines", {"aaaaaaa\nbbbbbbbbbb\nc\n"}, 3, {"aaa", "bbb", "c"}, 2},
};

class SplitTest : public ::testing::TestWithParam<std::tuple<SplitCase, size_t, bool>> {};

TEST_P(SplitTest, DeliversExpectedLines) {
  const auto& [c, chunk, whole] = GetParam();
  TempDir dir;
  const std::string path = dir / "app.log";
  Append(path, "");
  TailOptions options;
  options.read_chunk_bytes = chunk;
  options.max_line_bytes = c.max_line_bytes;
  auto reader = FileReader::Open(path, options);
  ASSERT_TRUE(reader) << reader.error().message;
  RecordingSink sink(whole);
  ReadBuffer buffer;
  TailCounters counters;
  for (const std::string& w : c.writes) {
    Append(path, w);
    auto r = (*reader)->Read(path, sink, 1 << 20, 0, buffer, counters);
    EXPECT_TRUE(r.eof);
  }
  EXPECT_THAT(sink.lines, ElementsAreArray(c.want_lines));
  EXPECT_EQ(c.want_truncated, counters.lines_truncated);
  EXPECT_EQ(c.want_lines.size(), counters.lines_read);
}

INSTANTIATE_TEST_SUITE_P(Cases, SplitTest,
                         ::testing::Combine(::testing::ValuesIn(kSplitCases),
                                            ::testing::Values(1, 2, 7, 256 * 1024),
                                            ::testing::Bool()),
                         [](const auto& p) {
                           return std::string(std::get<0>(p.param).name) + "_chunk" +
                                  std::to_string(std::get<1>(p.param)) +
                                  (std::get<2>(p.param) ? "_whole" : "");
                         });

class FileReaderTest : public ::testing::Test {
 protected:
  std::unique_ptr<FileReader> Open(const TailOptions& options = {}) {
    auto reader = FileReader::Open(path_, options);
    EXPECT_TRUE(reader) << reader.error().message;
    return reader ? std::move(*reader) : nullptr;
  }
  FileReader::ReadResult Read(FileReader& reader, int64_t now_ms = 0, size_t budget = 1 << 20) {
    return reader.Read(path_, sink_, budget, now_ms, buffer_, counters_);
  }

  TempDir dir_;
  std::string path_ = dir_ / "app.log";
  RecordingSink sink_;
  ReadBuffer buffer_;
  TailCounters counters_;
};

TEST_F(FileReaderTest, PartialLineFlushedAfterTimeoutSinceLastGrowth) {
  Append(path_, "abc");
  TailOptions options;
  options.partial_line_timeout_ms = 1000;
  auto reader = Open(options);
  Read(*reader, 0);
  EXPECT_THAT(sink_.lines, IsEmpty());
  Append(path_, "de");
  Read(*reader, 600);  // grew at 600: the timer restarts
  Read(*reader, 1500);
  EXPECT_THAT(sink_.lines, IsEmpty());
  EXPECT_EQ(0u, reader->consumed_offset());
  Read(*reader, 1600);
  EXPECT_THAT(sink_.Take(), ElementsAre("abcde"));
  EXPECT_EQ(5u, reader->consumed_offset());
  // The writer finishes its line later: the rest is a line of its own, and the
  // bare newline adds no empty line.
  Append(path_, "\nnext\n");
  Read(*reader, 1700);
  EXPECT_THAT(sink_.Take(), ElementsAre("next"));
}

TEST_F(FileReaderTest, ConsumedOffsetExcludesHeldPartialLine) {
  Append(path_, "one\ntw");
  auto reader = Open();
  Read(*reader);
  EXPECT_EQ(4u, reader->consumed_offset());
  EXPECT_EQ(2u, reader->partial_bytes());
  EXPECT_EQ(4u, reader->cursor().offset);
}

TEST_F(FileReaderTest, BudgetBoundsOneRead) {
  Append(path_, std::string(100, 'x') + "\n");
  TailOptions options;
  options.read_chunk_bytes = 16;
  auto reader = Open(options);
  auto r = Read(*reader, 0, 40);
  EXPECT_EQ(40u, r.bytes);
  EXPECT_FALSE(r.eof);
  r = Read(*reader, 0, 1000);
  EXPECT_EQ(61u, r.bytes);
  EXPECT_TRUE(r.eof);
  EXPECT_THAT(sink_.lines, ElementsAre(std::string(100, 'x')));
}

TEST_F(FileReaderTest, TruncationRestartsAtZero) {
  Append(path_, "aaaa\nbbbb\n");
  auto reader = Open();
  Read(*reader);
  testing::Truncate(path_);
  Append(path_, "c\n");
  Read(*reader);
  EXPECT_THAT(sink_.lines, ElementsAre("aaaa", "bbbb", "c"));
  EXPECT_EQ(1u, counters_.truncations);
}

TEST_F(FileReaderTest, CopytruncateRegrownPastOffsetIsDetected) {
  // The file is truncated and rewritten beyond the old offset before the next
  // read: size alone cannot tell, the fingerprint and marker do.
  Append(path_, "first line\n");
  auto reader = Open();
  Read(*reader);
  testing::Truncate(path_);
  Append(path_, "a much longer replacement line\n");
  Read(*reader);
  EXPECT_THAT(sink_.lines, ElementsAre("first line", "a much longer replacement line"));
  EXPECT_EQ(1u, counters_.truncations);
}

TEST_F(FileReaderTest, ContentReplacedAfterFullFingerprintIsDetectedByMarker) {
  // Same first 1 KiB (a banner), different bytes before the offset.
  const std::string banner(2000, 'B');
  Append(path_, banner + "\nold-1\n");
  auto reader = Open();
  Read(*reader);
  testing::Truncate(path_);
  Append(path_, banner + "\nnew-1 which is longer\n");
  Read(*reader);
  EXPECT_THAT(sink_.Take(), ElementsAre(banner, "old-1", banner, "new-1 which is longer"));
}

TEST_F(FileReaderTest, HeldPartialIsDeliveredOnTruncation) {
  Append(path_, "done\nhalf");
  auto reader = Open();
  Read(*reader);
  testing::Truncate(path_);
  Append(path_, "x\n");
  Read(*reader);
  EXPECT_THAT(sink_.lines, ElementsAre("done", "half", "x"));
}

TEST_F(FileReaderTest, ResumeAtCursorRereadsHeldPartial) {
  Append(path_, "a\nb\npart");
  ReaderCursor cursor;
  {
    auto reader = Open();
    Read(*reader);
    cursor = reader->cursor();
  }
  EXPECT_THAT(sink_.Take(), ElementsAre("a", "b"));
  Append(path_, "ial\nc\n");
  auto reader = Open();
  auto resumed = reader->Resume(cursor);
  ASSERT_TRUE(resumed);
  EXPECT_TRUE(*resumed);
  Read(*reader);
  EXPECT_THAT(sink_.Take(), ElementsAre("partial", "c"));
}

TEST_F(FileReaderTest, ResumeInsideOverlongLineKeepsSkipping) {
  Append(path_, "abcdefgh");
  TailOptions options;
  options.max_line_bytes = 4;
  ReaderCursor cursor;
  {
    auto reader = Open(options);
    Read(*reader);
    cursor = reader->cursor();
  }
  EXPECT_THAT(sink_.Take(), ElementsAre("abcd"));
  EXPECT_TRUE(cursor.skipping);
  Append(path_, "ij\nz\n");
  auto reader = Open(options);
  ASSERT_TRUE(reader->Resume(cursor).value_or(false));
  Read(*reader);
  EXPECT_THAT(sink_.Take(), ElementsAre("z"));
}

TEST_F(FileReaderTest, ResumeRefusesOtherContent) {
  Append(path_, "original\n");
  ReaderCursor cursor;
  {
    auto reader = Open();
    Read(*reader);
    cursor = reader->cursor();
  }
  testing::Truncate(path_);
  Append(path_, "replaced!\n");  // same inode, same size, other bytes
  auto reader = Open();
  auto resumed = reader->Resume(cursor);
  ASSERT_TRUE(resumed);
  EXPECT_FALSE(*resumed);
  EXPECT_EQ(0u, reader->consumed_offset());
}

TEST_F(FileReaderTest, SeekToEndSkipsExistingContent) {
  Append(path_, "old\n");
  auto reader = Open();
  ASSERT_TRUE(reader->SeekToEnd());
  Append(path_, "new\n");
  Read(*reader);
  EXPECT_THAT(sink_.lines, ElementsAre("new"));
}

TEST_F(FileReaderTest, OneBatchPerChunk) {
  std::string data;
  for (int i = 0; i < 1000; ++i) data += "line " + std::to_string(i) + "\n";
  Append(path_, data);
  auto reader = Open();
  Read(*reader);
  EXPECT_EQ(1000u, sink_.lines.size());
  EXPECT_EQ(1, sink_.batches);
}

}  // namespace
}  // namespace tailwatch::daemon

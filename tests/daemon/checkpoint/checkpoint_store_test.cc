// CheckpointStore: round trips, torn/corrupt files detected, and injected
// file-system failures (ENOSPC, rename errors) leaving the previous checkpoint.
#include "daemon/checkpoint/checkpoint_store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
void WriteRaw(const std::string& path, const std::string& data) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << data;
}
bool Exists(const std::string& path) { return ::access(path.c_str(), F_OK) == 0; }

const CheckpointSections kA = {
    {"tail", std::string("tailwatch-tail 1\n/var/log/a.log 1 2 3 4 5 0 6 7 8\n")},
    {"metrics", std::string("bin\0ary\n\r\xff", 9)},
    {"alarms", ""},
};
const CheckpointSections kB = {{"tail", "second"}, {"counters", "lines=7"}};

TEST(CheckpointStoreTest, FirstStartHasNoCheckpoint) {
  TempDir dir;
  CheckpointStore store(dir.path());
  auto read = store.Read();
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_FALSE(read->has_value());
}

TEST(CheckpointStoreTest, RoundTripKeepsArbitraryBytes) {
  TempDir dir;
  CheckpointStore store(dir.path() + "/");
  ASSERT_TRUE(store.Write(kA));
  auto read = store.Read();
  ASSERT_TRUE(read) << read.error().message;
  ASSERT_TRUE(read->has_value());
  EXPECT_EQ(kA, (*read)->sections);
  EXPECT_FALSE((*read)->from_previous);
  EXPECT_EQ(store.checkpoint_path(), (*read)->source_path);
  EXPECT_FALSE(Exists(store.temp_path()));
}

TEST(CheckpointStoreTest, NewerWriteWinsAndPreviousIsKept) {
  TempDir dir;
  CheckpointStore store(dir.path());
  ASSERT_TRUE(store.Write(kA));
  ASSERT_TRUE(store.Write(kB));
  auto read = store.Read();
  ASSERT_TRUE(read && read->has_value());
  EXPECT_EQ(kB, (*read)->sections);
  auto prev = CheckpointStore::Decode(ReadAll(store.previous_path()));
  ASSERT_TRUE(prev) << prev.error().message;
  EXPECT_EQ(kA, *prev);
}

TEST(CheckpointStoreTest, InvalidSectionNameWritesNothing) {
  TempDir dir;
  CheckpointStore store(dir.path());
  auto status = store.Write({{"bad name", "x"}});
  ASSERT_FALSE(status);
  EXPECT_THAT(status.error().message, HasSubstr("invalid section name"));
  EXPECT_FALSE(Exists(store.checkpoint_path()));
}

// ---- corruption ----

std::string WithCrc(const std::string& body, int version = 1) {
  char crc[9];
  std::snprintf(crc, sizeof crc, "%08lx",
                crc32(0L, reinterpret_cast<const Bytef*>(body.data()), body.size()));
  return "tailwatch-checkpoint " + std::to_string(version) + "\n" + std::to_string(body.size()) +
         " " + crc + "\n" + body;
}

struct CorruptCase {
  const char* name;
  std::string bytes;
  const char* want_error;
};

std::string Good() { return CheckpointStore::Encode(kA).value(); }
std::string Flipped() {
  std::string s = Good();
  s[s.size() - 3] ^= 0x20;
  return s;
}

class DecodeCorruptTest : public ::testing::TestWithParam<CorruptCase> {};

TEST_P(DecodeCorruptTest, IsDetected) {
  auto decoded = CheckpointStore::Decode(GetParam().bytes);
  ASSERT_FALSE(decoded);
  EXPECT_THAT(decoded.error().message, HasSubstr(GetParam().want_error));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeCorruptTest,
    ::testing::Values(
        CorruptCase{"empty_file", "", "bad header"},
        CorruptCase{"not_ours", "{\"json\": true}\n", "bad header"},
        CorruptCase{"torn_in_header", "tailwatch-checkpoint 1\n12", "truncated in its header"},
        CorruptCase{"torn_body", Good().substr(0, Good().size() - 5), "torn write"},
        CorruptCase{"trailing_garbage", Good() + "x", "torn write"},
        CorruptCase{"bit_flip", Flipped(), "checksum mismatch"},
        CorruptCase{"future_version", WithCrc("", 2), "unsupported checkpoint version 2"},
        CorruptCase{"bad_crc_field", "tailwatch-checkpoint 1\n0 xyz\n", "header is malformed"},
        CorruptCase{"section_overruns", WithCrc("tail 99\nabc\n"), "section header"},
        CorruptCase{"section_bad_name", WithCrc("t/x 1\na\n"), "section header"},
        CorruptCase{"duplicate_section", WithCrc("tail 1\na\ntail 1\nb\n"), "twice"}),
    [](const auto& p) { return std::string(p.param.name); });

TEST(CheckpointStoreTest, CorruptLatestFallsBackToPrevious) {
  TempDir dir;
  CheckpointStore store(dir.path());
  ASSERT_TRUE(store.Write(kA));
  ASSERT_TRUE(store.Write(kB));
  std::string bytes = ReadAll(store.checkpoint_path());
  bytes[bytes.size() - 2] ^= 1;  // inside the last section
  WriteRaw(store.checkpoint_path(), bytes);
  auto read = store.Read();
  ASSERT_TRUE(read) << read.error().message;
  ASSERT_TRUE(read->has_value());
  EXPECT_TRUE((*read)->from_previous);
  EXPECT_EQ(kA, (*read)->sections);
  EXPECT_THAT((*read)->warning, HasSubstr("checksum mismatch"));
  EXPECT_THAT((*read)->warning, HasSubstr("checkpoint.prev"));
  // The start-up line names the file really used.
  EXPECT_EQ(store.previous_path(), (*read)->source_path);
}

TEST(CheckpointStoreTest, MissingLatestWithPreviousUsesPrevious) {
  TempDir dir;
  CheckpointStore store(dir.path());
  ASSERT_TRUE(store.Write(kA));
  ASSERT_TRUE(store.Write(kB));
  ASSERT_EQ(0, ::unlink(store.checkpoint_path().c_str()));
  auto read = store.Read();
  ASSERT_TRUE(read && read->has_value());
  EXPECT_EQ(kA, (*read)->sections);
  EXPECT_THAT((*read)->warning, HasSubstr("missing"));
}

TEST(CheckpointStoreTest, NoIntactCheckpointIsRefusedWithAClearMessage) {
  TempDir dir;
  CheckpointStore store(dir.path());
  ASSERT_TRUE(store.Write(kA));
  WriteRaw(store.checkpoint_path(), "garbage");
  auto read = store.Read();
  ASSERT_FALSE(read);
  EXPECT_THAT(read.error().message, HasSubstr(store.checkpoint_path()));
  EXPECT_THAT(read.error().message, HasSubstr("Move the checkpoint files away"));
}

// ---- failure injection ----

enum class Op { kCreate, kWrite, kShortWrite, kSync, kClose, kRename };

// Real files, with one chosen call failing as a full disk would make it fail.
class FaultyFs : public PosixCheckpointFs {
 public:
  explicit FaultyFs(Op fail) : fail_(fail) {}
  bool armed = false;

  Result<int> Create(const std::string& path) override {
    if (armed && fail_ == Op::kCreate) return MakeError("create: No space left on device");
    return PosixCheckpointFs::Create(path);
  }
  Status WriteAll(int fd, std::string_view data) override {
    if (armed && fail_ == Op::kWrite) return MakeError("write: No space left on device");
    if (armed && fail_ == Op::kShortWrite) {
      // Half the bytes reach the file, then the disk is full.
      (void)PosixCheckpointFs::WriteAll(fd, data.substr(0, data.size() / 2));
      return MakeError("write: No space left on device");
    }
    return PosixCheckpointFs::WriteAll(fd, data);
  }
  Status Sync(int fd) override {
    if (armed && fail_ == Op::kSync) return MakeError("fsync: No space left on device");
    return PosixCheckpointFs::Sync(fd);
  }
  Status Close(int fd) override {
    Status real = PosixCheckpointFs::Close(fd);
    if (armed && fail_ == Op::kClose) return MakeError("close: No space left on device");
    return real;
  }
  Status Rename(const std::string& from, const std::string& to) override {
    if (armed && fail_ == Op::kRename) return MakeError("rename: Read-only file system");
    return PosixCheckpointFs::Rename(from, to);
  }

 private:
  Op fail_;
};

struct FaultCase {
  const char* name;
  Op op;
};

class CheckpointFaultTest : public ::testing::TestWithParam<FaultCase> {};

TEST_P(CheckpointFaultTest, FailedWriteLeavesPreviousCheckpointIntact) {
  TempDir dir;
  FaultyFs fs(GetParam().op);
  CheckpointStore store(dir.path(), &fs);
  ASSERT_TRUE(store.Write(kA));
  const std::string before = ReadAll(store.checkpoint_path());

  fs.armed = true;
  auto status = store.Write(kB);
  ASSERT_FALSE(status);
  EXPECT_THAT(status.error().message, HasSubstr("checkpoint not written"));
  EXPECT_THAT(status.error().message, HasSubstr(store.checkpoint_path() + " unchanged"));

  EXPECT_EQ(before, ReadAll(store.checkpoint_path()));
  EXPECT_FALSE(Exists(store.temp_path())) << "half-written temp file left behind";
  auto read = store.Read();
  ASSERT_TRUE(read && read->has_value());
  EXPECT_EQ(kA, (*read)->sections);
  EXPECT_FALSE((*read)->from_previous);

  fs.armed = false;  // the disk has room again
  ASSERT_TRUE(store.Write(kB));
  read = store.Read();
  ASSERT_TRUE(read && read->has_value());
  EXPECT_EQ(kB, (*read)->sections);
}

INSTANTIATE_TEST_SUITE_P(
    Ops, CheckpointFaultTest,
    ::testing::Values(FaultCase{"create", Op::kCreate}, FaultCase{"write", Op::kWrite},
                      FaultCase{"short_write", Op::kShortWrite}, FaultCase{"fsync", Op::kSync},
                      FaultCase{"close", Op::kClose}, FaultCase{"rename", Op::kRename}),
    [](const auto& p) { return std::string(p.param.name); });

class NoLinkFs : public PosixCheckpointFs {
 public:
  Status Link(const std::string&, const std::string&) override {
    return MakeError("link: Operation not permitted");
  }
};

TEST(CheckpointStoreTest, WithoutHardLinksNoPreviousIsKeptButWritesWork) {
  TempDir dir;
  NoLinkFs fs;
  CheckpointStore store(dir.path(), &fs);
  ASSERT_TRUE(store.Write(kA));
  ASSERT_TRUE(store.Write(kB));
  EXPECT_FALSE(Exists(store.previous_path()));
  auto read = store.Read();
  ASSERT_TRUE(read && read->has_value());
  EXPECT_EQ(kB, (*read)->sections);
}

class DirSyncFailsFs : public PosixCheckpointFs {
 public:
  Status SyncDir(const std::string&) override { return MakeError("fsync directory: EIO"); }
};

TEST(CheckpointStoreTest, DirectorySyncFailureIsReported) {
  TempDir dir;
  DirSyncFailsFs fs;
  CheckpointStore store(dir.path(), &fs);
  auto status = store.Write(kA);
  ASSERT_FALSE(status);
  EXPECT_THAT(status.error().message, HasSubstr("not durable"));
}

TEST(CheckpointStoreTest, UnwritableStateDirIsAnError) {
  TempDir dir;
  CheckpointStore store(dir.path() + "/does/not/exist");
  auto status = store.Write(kA);
  ASSERT_FALSE(status);
  EXPECT_THAT(status.error().message, HasSubstr("No such file or directory"));
}

}  // namespace
}  // namespace tailwatch::daemon

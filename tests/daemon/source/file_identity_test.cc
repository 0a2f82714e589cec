// FileIdentity: fingerprints that grow with a short file and catch rewrites.
#include "daemon/source/file_identity.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>

#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

using testing::Append;
using testing::TempDir;

class FileIdentityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Append(path_, "");
    fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd_, 0);
  }
  void TearDown() override { ::close(fd_); }
  FileIdentity Identify() {
    auto id = IdentifyFd(fd_);
    EXPECT_TRUE(id) << id.error().message;
    return id.value_or(FileIdentity{});
  }

  TempDir dir_;
  std::string path_ = dir_ / "f.log";
  int fd_ = -1;
};

TEST_F(FileIdentityTest, EmptyFileHasEmptyFingerprintThatMatchesAnything) {
  FileIdentity id = Identify();
  EXPECT_EQ(0u, id.fingerprint_bytes);
  Append(path_, "anything\n");
  EXPECT_TRUE(PrefixMatches(fd_, id).value());
}

TEST_F(FileIdentityTest, ShortFingerprintGrowsWithTheFile) {
  Append(path_, "abc\n");
  FileIdentity id = Identify();
  EXPECT_EQ(4u, id.fingerprint_bytes);
  Append(path_, std::string(2000, 'x'));
  ASSERT_TRUE(ExtendFingerprint(fd_, 2004, id).value());
  EXPECT_EQ(kFingerprintMaxBytes, id.fingerprint_bytes);
  EXPECT_EQ(Identify().fingerprint, id.fingerprint) << "extended crc equals a fresh one";
}

TEST_F(FileIdentityTest, RewrittenPrefixDoesNotMatch) {
  Append(path_, "first line\n");
  FileIdentity id = Identify();
  testing::Truncate(path_);
  Append(path_, "other line, longer than before\n");
  EXPECT_FALSE(PrefixMatches(fd_, id).value());
  FileIdentity copy = id;
  EXPECT_FALSE(ExtendFingerprint(fd_, 31, copy).value());
  EXPECT_EQ(id, copy) << "left untouched on mismatch";
}

TEST_F(FileIdentityTest, ShorterFileThanPrefixDoesNotMatch) {
  Append(path_, "0123456789\n");
  FileIdentity id = Identify();
  testing::Truncate(path_, 5);
  EXPECT_FALSE(PrefixMatches(fd_, id).value());
}

TEST_F(FileIdentityTest, SameFileComparesBirthTimesWhenBothKnown) {
  FileIdentity a{1, 2, 0, 0, 100};
  FileIdentity reborn{1, 2, 0, 0, 200};
  FileIdentity unknown{1, 2, 0, 0, 0};
  EXPECT_TRUE(a.SameFile(a));
  EXPECT_FALSE(a.SameFile(reborn));
  EXPECT_TRUE(a.SameFile(unknown));
  EXPECT_TRUE(a.SameInode(reborn));
  EXPECT_FALSE(a.SameFile(FileIdentity{1, 3, 0, 0, 100}));
}

}  // namespace
}  // namespace tailwatch::daemon

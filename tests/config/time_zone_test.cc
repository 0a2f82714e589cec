#include "config/time_zone.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <vector>

namespace tailwatch::config {
namespace {

namespace fs = std::filesystem;
using engine::anomaly::UtcOffsets;

constexpr const char* kZoneDir = "/usr/share/zoneinfo";

// The C library's offset for `name` at `t`: it reads the same TZif files,
// footer included, so it is the reference.
class LibcZone {
 public:
  explicit LibcZone(const std::string& name) {
    const char* old = std::getenv("TZ");
    saved_ = old ? old : "";
    had_ = old != nullptr;
    ::setenv("TZ", (":" + name).c_str(), 1);
    ::tzset();
  }
  ~LibcZone() {
    if (had_) {
      ::setenv("TZ", saved_.c_str(), 1);
    } else {
      ::unsetenv("TZ");
    }
    ::tzset();
  }
  LibcZone(const LibcZone&) = delete;
  LibcZone& operator=(const LibcZone&) = delete;

  static long OffsetAt(int64_t t) {
    const std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    ::localtime_r(&tt, &tm);
    return tm.tm_gmtoff;
  }

 private:
  std::string saved_;
  bool had_ = false;
};

TEST(TimeZoneTest, UtcAndEmptyNeedNoFile) {
  for (const std::string& name : std::vector<std::string>{"", "UTC"}) {
    const Result<UtcOffsets> zone = LoadTimeZone(name);
    ASSERT_TRUE(zone) << zone.error().message;
    EXPECT_TRUE(zone->IsUtc());
  }
}

TEST(TimeZoneTest, UnknownAndMaliciousNamesAreRefused) {
  for (const std::string& name :
       std::vector<std::string>{"Mars/Olympus", "../../etc/passwd", "/etc/localtime", "Europe",
                                "Europe/Paris\n", std::string(80, 'A')}) {
    const Result<UtcOffsets> zone = LoadTimeZone(name);
    ASSERT_FALSE(zone) << name;
    EXPECT_NE(zone.error().message.find("unknown time zone"), std::string::npos)
        << zone.error().message;
  }
}

TEST(TimeZoneTest, ParisFollowsSummerTimeBeyondTheFilesExplicitTransitions) {
  if (!fs::exists(std::string(kZoneDir) + "/Europe/Paris")) GTEST_SKIP() << "no tzdata";
  const Result<UtcOffsets> paris = LoadTimeZone("Europe/Paris");
  ASSERT_TRUE(paris) << paris.error().message;
  // 2026-07-01, 2026-12-01, and summers past 2037 (the footer's rule).
  EXPECT_EQ(paris->OffsetAt(int64_t{1782864000} * 1000), 7200);
  EXPECT_EQ(paris->OffsetAt(int64_t{1796083200} * 1000), 3600);
  EXPECT_EQ(paris->OffsetAt(int64_t{2224800000} * 1000), 7200);  // 2040-07-01
  EXPECT_EQ(paris->OffsetAt(int64_t{4118054400} * 1000), 7200);  // 2100-07-01
  // 2026-03-29 01:00:00Z is the change: one millisecond before is winter.
  EXPECT_EQ(paris->OffsetAt(int64_t{1774746000} * 1000 - 1), 3600);
  EXPECT_EQ(paris->OffsetAt(int64_t{1774746000} * 1000), 7200);
  EXPECT_EQ(paris->ToLocalMs(int64_t{1774746000} * 1000), int64_t{1774753200} * 1000);
}

TEST(TimeZoneTest, EveryZoneAgreesWithTheCLibrary) {
  if (!fs::is_directory(kZoneDir)) GTEST_SKIP() << "no tzdata";
  std::vector<std::string> names;
  for (const auto& entry : fs::recursive_directory_iterator(kZoneDir)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = fs::relative(entry.path(), kZoneDir).string();
    // posix/ repeats the zones; right/ counts leap seconds, which metric
    // times (POSIX seconds) never do.
    if (name.rfind("posix/", 0) == 0 || name.rfind("right/", 0) == 0) continue;
    if (name.find('.') != std::string::npos || name == "leapseconds" || name == "posixrules" ||
        name == "Factory") {
      continue;
    }
    names.push_back(name);
  }
  ASSERT_GT(names.size(), 300u);
  size_t checked = 0;
  for (const std::string& name : names) {
    const Result<UtcOffsets> zone = LoadTimeZone(name);
    if (!zone) {
      // Files that are not zones (tzdata.zi, zone.tab...) are refused.
      continue;
    }
    ++checked;
    LibcZone libc(name);
    std::vector<int64_t> times;
    // Every 23 days and 7 hours from 1960 into 2200, plus both sides of
    // every change this reader found.
    for (int64_t t = -315619200; t < int64_t{7258118400}; t += 23 * 86400 + 7 * 3600) {
      times.push_back(t);
    }
    for (const UtcOffsets::Change& c : zone->changes()) {
      if (c.from_utc_seconds < -315619200) continue;
      times.push_back(c.from_utc_seconds - 1);
      times.push_back(c.from_utc_seconds);
    }
    int mismatches = 0;
    for (const int64_t t : times) {
      const long want = LibcZone::OffsetAt(t);
      const int32_t got = zone->OffsetAt(t * 1000);
      if (want != got && ++mismatches <= 3) {
        ADD_FAILURE() << name << " at " << t << ": libc " << want << ", tailwatch " << got;
      }
    }
  }
  EXPECT_GT(checked, 300u);
}

TEST(TimeZoneTest, PosixRulesExpandAsWritten) {
  std::vector<UtcOffsets::Change> changes;
  int32_t standard = 0;
  // New Zealand: daylight from the last Sunday of September to the first
  // Sunday of April, at 02:00 standard and 03:00 daylight time.
  ASSERT_TRUE(ExpandPosixTz("NZST-12NZDT,M9.5.0,M4.1.0/3", 2030, &changes, &standard));
  EXPECT_EQ(standard, 12 * 3600);
  const UtcOffsets nz(standard, changes);
  EXPECT_EQ(nz.OffsetAt(int64_t{1925078400} * 1000), 13 * 3600);  // 2031-01-01
  EXPECT_EQ(nz.OffsetAt(int64_t{1940716800} * 1000), 12 * 3600);  // 2031-07-01
  changes.clear();
  ASSERT_TRUE(ExpandPosixTz("<+0530>-5:30", 2030, &changes, &standard));
  EXPECT_EQ(standard, 5 * 3600 + 1800);
  EXPECT_TRUE(changes.empty());
  for (const char* bad : {"", "X5", "EST", "EST5EDT,M3.2", "EST5EDT,M13.2.0,M11.1.0",
                          "EST5EDT,M3.2.0,M11.1.0/200", "<+05>-5x", "EST5EDT,M3.2.0"}) {
    changes.clear();
    EXPECT_FALSE(ExpandPosixTz(bad, 2030, &changes, &standard)) << bad;
  }
}

TEST(TimeZoneTest, MalformedTzifIsRefusedWithoutCrashing) {
  EXPECT_FALSE(ParseTzif(""));
  EXPECT_FALSE(ParseTzif("TZif2"));
  EXPECT_FALSE(ParseTzif(std::string(44, '\0')));
  if (!fs::exists(std::string(kZoneDir) + "/Europe/Paris")) GTEST_SKIP() << "no tzdata";
  std::string bytes;
  {
    std::FILE* f = std::fopen((std::string(kZoneDir) + "/Europe/Paris").c_str(), "rb");
    ASSERT_NE(f, nullptr);
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    std::fclose(f);
  }
  ASSERT_TRUE(ParseTzif(bytes));
  // Every truncation and a flipped byte at every position: refused or read,
  // never a crash (ASan runs this too).
  for (size_t n = 0; n < bytes.size(); n += 7) (void)ParseTzif(bytes.substr(0, n));
  for (size_t i = 0; i < bytes.size(); i += 3) {
    std::string flipped = bytes;
    flipped[i] = static_cast<char>(flipped[i] ^ 0x5a);
    (void)ParseTzif(flipped);
  }
}

}  // namespace
}  // namespace tailwatch::config

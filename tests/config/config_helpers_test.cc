// The small parsers behind the loader: "did you mean", server.listen, AWS
// credentials files.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <vector>

#include "config/did_you_mean.h"
#include "config/listen_address.h"
#include "config/secrets.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(EditDistanceTest, Basics) {
  EXPECT_EQ(EditDistance("", ""), 0);
  EXPECT_EQ(EditDistance("period", "period"), 0);
  EXPECT_EQ(EditDistance("perod", "period"), 1);
  EXPECT_EQ(EditDistance("peirod", "period"), 1);  // a swap counts once
  EXPECT_EQ(EditDistance("Period", "period"), 0);  // case-insensitive
  EXPECT_EQ(EditDistance("abc", ""), 3);
}

struct SuggestionCase {
  std::string name;
  std::string word;
  std::string expected;  // "" = no suggestion
};

void PrintTo(const SuggestionCase& c, std::ostream* os) { *os << c.name; }

class ClosestMatchTest : public ::testing::TestWithParam<SuggestionCase> {};

TEST_P(ClosestMatchTest, Suggests) {
  static constexpr std::string_view kKeys[] = {"period", "evaluation_periods",
                                               "datapoints_to_alarm", "threshold", "unit"};
  EXPECT_EQ(ClosestMatch(GetParam().word, kKeys), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Config, ClosestMatchTest,
    ::testing::Values(SuggestionCase{"Typo", "perod", "period"},
                      SuggestionCase{"Suffix", "period_sec", "period"},
                      SuggestionCase{"Prefix", "evaluation", "evaluation_periods"},
                      SuggestionCase{"Plural", "thresholds", "threshold"},
                      SuggestionCase{"CamelCase", "DatapointsToAlarm", "datapoints_to_alarm"},
                      SuggestionCase{"ShortWordNeedsCloseMatch", "uni", "unit"},
                      SuggestionCase{"Unrelated", "colour", ""}, SuggestionCase{"Empty", "", ""}),
    [](const auto& test_info) { return test_info.param.name; });

struct ListenCase {
  std::string name;
  std::string text;
  bool ok;
  std::string host;
  int port;
  bool loopback;
  std::string error;  // "COLUMN: message" when !ok
};

void PrintTo(const ListenCase& c, std::ostream* os) { *os << c.name; }

class ListenAddressTest : public ::testing::TestWithParam<ListenCase> {};

TEST_P(ListenAddressTest, Parses) {
  const ListenCase& c = GetParam();
  const Result<ListenAddress> address = ParseListenAddress(c.text);
  ASSERT_EQ(address.has_value(), c.ok);
  if (c.ok) {
    EXPECT_EQ(address->host, c.host);
    EXPECT_EQ(address->port, c.port);
    EXPECT_EQ(address->loopback, c.loopback);
  } else {
    EXPECT_EQ(std::to_string(address.error().column) + ": " + address.error().message, c.error);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Config, ListenAddressTest,
    ::testing::Values(
        ListenCase{"Ipv4Loopback", "127.0.0.1:9108", true, "127.0.0.1", 9108, true, ""},
        ListenCase{"Ipv4LoopbackNet", "127.1.2.3:80", true, "127.1.2.3", 80, true, ""},
        ListenCase{"Ipv4Any", "0.0.0.0:9108", true, "0.0.0.0", 9108, false, ""},
        ListenCase{"Localhost", "localhost:0", true, "localhost", 0, true, ""},
        ListenCase{"HostName", "metrics.internal:9108", true, "metrics.internal", 9108, false, ""},
        ListenCase{"Ipv6Loopback", "[::1]:9108", true, "::1", 9108, true, ""},
        ListenCase{"Ipv6Any", "[::]:65535", true, "::", 65535, false, ""},
        ListenCase{"NoPort", "127.0.0.1", false, "", 0, false, "1: expected HOST:PORT"},
        ListenCase{"PortTooBig", "127.0.0.1:65536", false, "", 0, false,
                   "11: port must be a number from 0 to 65535"},
        ListenCase{"EmptyPort", "127.0.0.1:", false, "", 0, false,
                   "11: port must be a number from 0 to 65535"},
        ListenCase{"BadIpv4", "127.0.0.300:1", false, "", 0, false,
                   "1: '127.0.0.300' is not an IPv4 address"},
        ListenCase{"Ipv6NeedsBrackets", "::1:9108", false, "", 0, false,
                   "1: an IPv6 address goes in brackets, e.g. [::1]:9108"},
        ListenCase{"UnclosedBracket", "[::1:9108", false, "", 0, false,
                   "1: missing ']' after the IPv6 address"},
        ListenCase{"BadIpv6", "[fe80::zz]:1", false, "", 0, false,
                   "2: 'fe80::zz' is not an IPv6 address"},
        ListenCase{"EmptyHost", ":9108", false, "", 0, false,
                   "1: missing the host before ':PORT'"}),
    [](const auto& test_info) { return test_info.param.name; });

TEST(AwsCredentialsTest, PicksTheProfile) {
  testing::TempDir dir;
  const std::string path = dir.Write("credentials", R"(# comment
[default]
aws_access_key_id = AKIDDEFAULT
aws_secret_access_key = s1

[profile ci]
aws_access_key_id=AKIDCI
aws_secret_access_key=s2
aws_session_token = tok
)");
  const Result<AwsCredentials> def = ReadAwsCredentials(path, "default");
  ASSERT_TRUE(def.has_value());
  EXPECT_EQ(def->access_key_id, "AKIDDEFAULT");
  EXPECT_EQ(def->secret_access_key, "s1");
  EXPECT_EQ(def->session_token, "");
  const Result<AwsCredentials> ci = ReadAwsCredentials(path, "ci");
  ASSERT_TRUE(ci.has_value());
  EXPECT_EQ(ci->access_key_id, "AKIDCI");
  EXPECT_EQ(ci->session_token, "tok");
  const Result<AwsCredentials> none = ReadAwsCredentials(path, "prod");
  ASSERT_FALSE(none.has_value());
  EXPECT_EQ(none.error().message, "no profile 'prod' in '" + path + "'");
}

TEST(SecretFileTest, ErrorsNeverCarryTheContent) {
  testing::TempDir dir;
  EXPECT_EQ(ReadSecretFile(dir.Write("t", "  tok en \n\n")).value(), "  tok en");
  const Result<std::string> blank = ReadSecretFile(dir.Write("blank", " \n"));
  ASSERT_FALSE(blank.has_value());
  EXPECT_THAT(blank.error().message, HasSubstr("is empty"));
  const Result<std::string> big = ReadSecretFile(dir.Write("big", std::string(70000, 'k')));
  ASSERT_FALSE(big.has_value());
  EXPECT_THAT(big.error().message, Not(HasSubstr("kkk")));
  const Result<std::string> folder = ReadSecretFile(dir.path());
  ASSERT_FALSE(folder.has_value());
  EXPECT_THAT(folder.error().message, HasSubstr("Is a directory"));
}

}  // namespace
}  // namespace tailwatch::config

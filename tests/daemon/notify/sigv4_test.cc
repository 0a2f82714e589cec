// SigV4 against AWS's published "get-vanilla" vector and botocore-computed
// expectations (RUNBOOK 3.5: byte-identical to what the AWS CLI v2 sent), the
// HMAC/SHA-256 helpers, form encoding and the AWS credential chain.
#include "daemon/notify/sigv4.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <map>

#include "daemon/notify/aws_credentials.h"

namespace tailwatch::notify {
namespace {

constexpr int64_t k20261129T195534Z = 1795982134000;
constexpr char kPublishBody[] =
    "Action=Publish&Version=2010-03-31&TopicArn=arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3Aalarms"
    "&Message=alarm+disk_errors+FIRING";

struct SigV4Case {
  std::string name;
  SigV4Input input;
  AwsCredentials credentials;
  std::string region, service;
  int64_t now_ms;
  std::string expected_signature;
  std::string expected_authorization_prefix;
};

class SigV4Test : public ::testing::TestWithParam<SigV4Case> {};

TEST_P(SigV4Test, MatchesReference) {
  const SigV4Case& c = GetParam();
  SigV4Result r = SignV4(c.input, c.credentials, c.region, c.service, c.now_ms);
  EXPECT_EQ(c.expected_signature, r.signature) << r.canonical_request << "\n---\n"
                                               << r.string_to_sign;
  EXPECT_EQ(0u, r.authorization.rfind(c.expected_authorization_prefix, 0)) << r.authorization;
  EXPECT_EQ(r.authorization, r.headers_to_add.back().second);
}

SigV4Input PublishInput() {
  SigV4Input in;
  in.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                {"Host", "127.0.0.1:19102"}};
  in.body = kPublishBody;
  return in;
}

INSTANTIATE_TEST_SUITE_P(
    Vectors, SigV4Test,
    ::testing::Values(
        // AWS Signature Version 4 test suite, get-vanilla.
        SigV4Case{
            "aws_get_vanilla",
            SigV4Input{"GET", "/", "", {{"Host", "example.amazonaws.com"}}, ""},
            {"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", ""},
            "us-east-1",
            "service",
            1440938160000,
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            "SignedHeaders=host;x-amz-date, Signature="},
        // botocore / AWS CLI v2, SNS Publish (RUNBOOK 3.5 golden vector).
        SigV4Case{"sns_publish_botocore",
                  PublishInput(),
                  {"test", "test", ""},
                  "us-east-1",
                  "sns",
                  k20261129T195534Z,
                  "e9aba8e905e2de2f2a0708f887909d23d4354d84e6c99c31b5456c4a970f3ffb",
                  "AWS4-HMAC-SHA256 Credential=test/20261129/us-east-1/sns/aws4_request, "
                  "SignedHeaders=content-type;host;x-amz-date, Signature="},
        // Same with a session token (botocore signs x-amz-security-token).
        SigV4Case{"sns_publish_session_token",
                  PublishInput(),
                  {"test", "test", "tok123"},
                  "us-east-1",
                  "sns",
                  k20261129T195534Z,
                  "dc7e94c1ee3331a0288b060da97abc3b529228bc1a3d6754fb362af0633bf33d",
                  "AWS4-HMAC-SHA256 Credential=test/20261129/us-east-1/sns/aws4_request, "
                  "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token, Signature="}),
    [](const auto& param_info) { return param_info.param.name; });

TEST(SigV4, StringToSignAndAddedHeaders) {
  SigV4Result r =
      SignV4(PublishInput(), {"test", "test", "tok"}, "us-east-1", "sns", k20261129T195534Z);
  EXPECT_EQ("20261129T195534Z", r.amz_date);
  EXPECT_EQ(0u,
            r.string_to_sign.rfind(
                "AWS4-HMAC-SHA256\n20261129T195534Z\n20261129/us-east-1/sns/aws4_request\n", 0));
  ASSERT_EQ(3u, r.headers_to_add.size());
  EXPECT_EQ("X-Amz-Date", r.headers_to_add[0].first);
  EXPECT_EQ("X-Amz-Security-Token", r.headers_to_add[1].first);
  EXPECT_EQ("tok", r.headers_to_add[1].second);
  // Without a token the string to sign is RUNBOOK's.
  SigV4Result plain =
      SignV4(PublishInput(), {"test", "test", ""}, "us-east-1", "sns", k20261129T195534Z);
  EXPECT_EQ(
      "AWS4-HMAC-SHA256\n20261129T195534Z\n20261129/us-east-1/sns/aws4_request\n"
      "bd6ecc49cfcf863527aa0621b68985034de8a4735f3d51929c67a252107b02d7",
      plain.string_to_sign);
}

TEST(Hashing, Sha256AndHmac) {
  EXPECT_EQ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256Hex(""));
  // RFC 4231 test case 2.
  EXPECT_EQ("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            HexEncode(HmacSha256("Jefe", "what do ya want for nothing?")));
}

TEST(FormEncode, MatchesBotocore) {
  EXPECT_EQ("arn%3Aaws%3Asns%3Aus-east-1%3A000000000000%3Aalarms",
            FormEncode("arn:aws:sns:us-east-1:000000000000:alarms"));
  EXPECT_EQ("alarm+disk_errors+FIRING", FormEncode("alarm disk_errors FIRING"));
  EXPECT_EQ("%7B%22a%22%3A1%2C%22b%22%3A%22%C3%A9%22%7D~.-_",
            FormEncode("{\"a\":1,\"b\":\"\xC3\xA9\"}~.-_"));
}

// ---- credentials ------------------------------------------------------------

GetEnv FakeEnv(std::map<std::string, std::string> vars) {
  return [vars](const char* name) {
    auto it = vars.find(name);
    return it == vars.end() ? std::string() : it->second;
  };
}

TEST(AwsCredentials, TargetKeysWinOverEnvironment) {
  config::TargetConfig t;
  t.aws_access_key_id = "AKIDTARGET";
  t.aws_secret_access_key = "secret-target";
  auto c = ResolveAwsCredentials(
      t, FakeEnv({{"AWS_ACCESS_KEY_ID", "env"}, {"AWS_SECRET_ACCESS_KEY", "env"}}));
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ("AKIDTARGET", c->access_key_id);
}

TEST(AwsCredentials, EnvironmentWithSessionToken) {
  auto c = ResolveAwsCredentials({}, FakeEnv({{"AWS_ACCESS_KEY_ID", "AK"},
                                              {"AWS_SECRET_ACCESS_KEY", "SK"},
                                              {"AWS_SESSION_TOKEN", "TOK"}}));
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ("AK", c->access_key_id);
  EXPECT_EQ("SK", c->secret_access_key);
  EXPECT_EQ("TOK", c->session_token);
}

TEST(AwsCredentials, SharedFileProfile) {
  const std::string path =
      ::testing::TempDir() + "/tw_notify_credentials_" + std::to_string(::getpid());
  {
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(nullptr, f);
    std::fputs(
        "[default]\naws_access_key_id = AKDEF\naws_secret_access_key = SKDEF\n\n"
        "[ops]\r\naws_access_key_id=AKOPS\r\naws_secret_access_key=SKOPS\r\n"
        "aws_session_token = T\r\n",
        f);
    std::fclose(f);
  }
  auto def = ResolveAwsCredentials({}, FakeEnv({{"AWS_SHARED_CREDENTIALS_FILE", path}}));
  ASSERT_TRUE(def.has_value()) << def.error().message;
  EXPECT_EQ("AKDEF", def->access_key_id);
  auto ops = ResolveAwsCredentials(
      {}, FakeEnv({{"AWS_SHARED_CREDENTIALS_FILE", path}, {"AWS_PROFILE", "ops"}}));
  ASSERT_TRUE(ops.has_value()) << ops.error().message;
  EXPECT_EQ("SKOPS", ops->secret_access_key);
  EXPECT_EQ("T", ops->session_token);
  auto missing = ResolveAwsCredentials(
      {}, FakeEnv({{"AWS_SHARED_CREDENTIALS_FILE", path}, {"AWS_PROFILE", "nope"}}));
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(std::string::npos, missing.error().message.find("no profile [nope]"));
  auto none = ResolveAwsCredentials({}, FakeEnv({{"HOME", "/nonexistent"}}));
  EXPECT_FALSE(none.has_value());
}

}  // namespace
}  // namespace tailwatch::notify

// Authorization header forms accepted for the ingestion token.
#include "daemon/ingest/auth.h"

#include <gtest/gtest.h>

#include <string>

#include "daemon/http/http_server.h"
#include "daemon/ingest/ingest_routes.h"

namespace tailwatch::daemon {
namespace {

struct PresentedCase {
  std::string name;
  std::string header;
  std::string expected;  // the credential extracted, "" = none
};

class PresentedTokenTest : public ::testing::TestWithParam<PresentedCase> {};

TEST_P(PresentedTokenTest, Extracts) {
  EXPECT_EQ(GetParam().expected, std::string(PresentedToken(GetParam().header)));
}

INSTANTIATE_TEST_SUITE_P(
    Forms, PresentedTokenTest,
    ::testing::Values(
        PresentedCase{"Bearer", "Bearer s3cret", "s3cret"},
        PresentedCase{"BearerLowerCaseScheme", "bearer s3cret", "s3cret"},
        PresentedCase{"BearerExtraSpaces", "  Bearer    s3cret  ", "s3cret"},
        PresentedCase{"BearerWithTab", "Bearer\ts3cret", "s3cret"},
        PresentedCase{"BearerTwoWords", "Bearer s3cret extra", ""},
        PresentedCase{"BearerNoToken", "Bearer", ""},
        PresentedCase{"BearerOnlySpaces", "Bearer    ", ""}, PresentedCase{"Empty", "", ""},
        PresentedCase{"Basic", "Basic dXNlcjpwYXNz", ""}, PresentedCase{"BareToken", "s3cret", ""},
        // Exactly what AWS CLI v2 sends (RUNBOOK 3.1).
        PresentedCase{"SigV4AwsCli",
                      "AWS4-HMAC-SHA256 Credential=test/20261129/us-east-1/logs/aws4_request, "
                      "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
                      "Signature=e59448cd8ef681bc692b5bc080b7ce7b0938bfbb73c28c6f6beacb67fde7f27e",
                      "test"},
        PresentedCase{"SigV4CredentialNotFirst",
                      "AWS4-HMAC-SHA256 SignedHeaders=host,Credential=tok-1/20261129/us-east-1/"
                      "logs/aws4_request,Signature=00",
                      "tok-1"},
        PresentedCase{"SigV4NoScope", "AWS4-HMAC-SHA256 Credential=tok, Signature=00", ""},
        PresentedCase{"SigV4NoCredential", "AWS4-HMAC-SHA256 SignedHeaders=host, Signature=00", ""},
        PresentedCase{"OtherAwsScheme", "AWS tok:signature", ""}),
    [](const ::testing::TestParamInfo<PresentedCase>& param_info) {
      return param_info.param.name;
    });

TEST(TokenMatchesTest, ComparesWholeToken) {
  EXPECT_TRUE(TokenMatches("s3cret", "s3cret"));
  EXPECT_FALSE(TokenMatches("s3cre", "s3cret"));
  EXPECT_FALSE(TokenMatches("s3cretX", "s3cret"));
  EXPECT_FALSE(TokenMatches("S3cret", "s3cret"));
  EXPECT_FALSE(TokenMatches("", "s3cret"));
  // An empty configured token never matches: "no auth" is the caller's case.
  EXPECT_FALSE(TokenMatches("", ""));
}

http::HttpRequest WithAuthorization(std::string value) {
  http::HttpRequest request;
  request.method = "POST";
  request.path = "/";
  if (!value.empty()) request.headers.emplace_back("authorization", std::move(value));
  return request;
}

TEST(IsAuthorizedTest, NoTokenConfiguredAllowsEverything) {
  EXPECT_TRUE(IsAuthorized(WithAuthorization(""), ""));
  EXPECT_TRUE(IsAuthorized(WithAuthorization("Bearer whatever"), ""));
}

TEST(IsAuthorizedTest, TokenConfigured) {
  EXPECT_TRUE(IsAuthorized(WithAuthorization("Bearer tok"), "tok"));
  EXPECT_TRUE(IsAuthorized(
      WithAuthorization("AWS4-HMAC-SHA256 Credential=tok/20261129/us-east-1/logs/aws4_request, "
                        "SignedHeaders=host, Signature=ab"),
      "tok"));
  EXPECT_FALSE(IsAuthorized(WithAuthorization(""), "tok"));
  EXPECT_FALSE(IsAuthorized(WithAuthorization("Bearer nope"), "tok"));
  EXPECT_FALSE(IsAuthorized(
      WithAuthorization("AWS4-HMAC-SHA256 Credential=test/20261129/us-east-1/logs/aws4_request"),
      "tok"));
}

}  // namespace
}  // namespace tailwatch::daemon

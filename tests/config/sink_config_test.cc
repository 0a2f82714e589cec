// sinks: what loads, and the file:line:column errors of what does not.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "config/config.h"
#include "tests/config/config_test_util.h"

namespace tailwatch::config {
namespace {

using ::testing::ElementsAre;

// Lines 1-5: two groups; sinks start on line 6.
constexpr char kBase[] = R"(log_groups:
  - name: app
    files: [/tmp/app.log]
  - name: /aws/train
    files: []
)";

TEST(SinkConfigTest, LoadsEveryField) {
  testing::TempDir dir;
  const std::string creds =
      dir.Write("credentials", "[ops]\naws_access_key_id = AK\naws_secret_access_key = SK\n");
  const LoadResult result = LoadConfigString(std::string(kBase) + R"(sinks:
  - name: archive
    type: s3
    log_groups: [app, /aws/train]
    bucket: ai-workload-logs
    prefix: nodes/gpu-01
    region: eu-west-1
    endpoint: http://127.0.0.1:4568
    credentials_file: )" + creds + R"(
    profile: ops
    max_batch_bytes: 65536
    max_batch_seconds: 5
    compression: gzip
    compression_level: 6
    multipart_threshold_bytes: 10485760
    multipart_part_bytes: 5242880
    timeout_ms: 1000
    initial_backoff_ms: 10
    max_backoff_ms: 100
)",
                                             "t.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  ASSERT_EQ(result.config->sinks.size(), 1u);
  const SinkConfig& s = result.config->sinks[0];
  EXPECT_EQ(s.name, "archive");
  EXPECT_THAT(s.log_groups, ElementsAre("app", "/aws/train"));
  EXPECT_EQ(s.bucket, "ai-workload-logs");
  EXPECT_EQ(s.prefix, "nodes/gpu-01");
  EXPECT_EQ(s.region, "eu-west-1");
  EXPECT_EQ(s.endpoint, "http://127.0.0.1:4568");
  EXPECT_EQ(s.aws_access_key_id, "AK");
  EXPECT_EQ(s.aws_secret_access_key, "SK");
  EXPECT_EQ(s.max_batch_bytes, 65536u);
  EXPECT_EQ(s.max_batch_seconds, 5);
  EXPECT_EQ(s.compression_level, 6);
  EXPECT_EQ(s.multipart_threshold_bytes, 10485760u);
  EXPECT_EQ(s.multipart_part_bytes, 5242880u);
  EXPECT_EQ(s.timeout_ms, 1000);
}

TEST(SinkConfigTest, DefaultsAreTheDocumentedOnes) {
  const LoadResult result = LoadConfigString(std::string(kBase) + R"(sinks:
  - {name: a, type: s3, log_groups: [app], bucket: logs}
)",
                                             "t.yaml");
  ASSERT_TRUE(result.ok()) << result.FormatDiagnostics();
  const SinkConfig& s = result.config->sinks[0];
  EXPECT_EQ(s.prefix, "");
  EXPECT_EQ(s.region, "us-east-1");
  EXPECT_EQ(s.max_batch_bytes, 8u << 20);
  EXPECT_EQ(s.max_batch_seconds, 60);
  EXPECT_EQ(s.compression, SinkConfig::Compression::kGzip);
}

TEST(SinkConfigTest, ErrorsPointAtTheValue) {
  const LoadResult result = LoadConfigString(std::string(kBase) + R"(sinks:
  - name: a
    type: s4
    log_groups: [app, ap]
    bucket: Bad_Bucket
    prefix: /x/
    endpoint: ftp://host
    compression: lz4
    max_batch_bytes: 10
    initial_backoff_ms: 100
    max_backoff_ms: 10
    credentials_file: /nonexistent/creds
  - {name: a, type: s3, log_groups: [app], bucket: logs, colour: blue}
)",
                                             "t.yaml");
  ASSERT_FALSE(result.ok());
  const std::vector<std::string> errors = testing::ErrorLines(result);
  auto has = [&](const std::string& prefix) {
    for (const std::string& e : errors) {
      if (e.starts_with(prefix)) return true;
    }
    return false;
  };
  EXPECT_TRUE(has("8:11: ")) << ::testing::PrintToString(errors);  // type: s4
  EXPECT_TRUE(has("9:23: log_groups: no log group named 'ap'")) << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("10:13: bucket:")) << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("11:13: prefix:")) << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("12:15: endpoint:")) << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("13:18: compression: expected gzip, got 'lz4'"))
      << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("14:22: max_batch_bytes: must be between 1024"))
      << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("16:21: max_backoff_ms:")) << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("17:23: credentials_file:")) << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("18:12: duplicate sink name 'a' (first defined at t.yaml:7:11)"))
      << ::testing::PrintToString(errors);
  EXPECT_TRUE(has("18:58: unknown key 'colour'")) << ::testing::PrintToString(errors);
}

}  // namespace
}  // namespace tailwatch::config

// The ingestion routes over real sockets (127.0.0.1, port 0) with a fake
// IngestSink: status codes, bodies, headers, what reaches the sink, auth, and
// the self-metrics.
#include "daemon/ingest/ingest_routes.h"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "daemon/export/metrics_registry.h"
#include "tests/daemon/http/raw_client.h"
#include "tests/daemon/ingest/gzip_util.h"

namespace tailwatch::daemon {
namespace {

using tailwatch::testing::Gzip;
using tailwatch::testing::Post;
using tailwatch::testing::RawClient;
using tailwatch::testing::RawResponse;

constexpr int64_t kNow = 1700000000000;

class FakeSink : public IngestSink {
 public:
  void Submit(IngestBatch batch, std::function<void(IngestResult)> done) override {
    IngestResult result;
    {
      std::lock_guard<std::mutex> lock(mu_);
      result = next_result_;
      if (result == IngestResult::kAccepted && groups_.count(batch.log_group) == 0) {
        result = IngestResult::kUnknownLogGroup;
      }
      if (result == IngestResult::kAccepted) batches_.push_back(std::move(batch));
    }
    // Answer from another thread, as the daemon's engine strand does.
    std::thread([done = std::move(done), result] { done(result); }).detach();
  }
  bool HasLogGroup(std::string_view log_group) const override {
    std::lock_guard<std::mutex> lock(mu_);
    return groups_.count(std::string(log_group)) > 0;
  }

  void SetResult(IngestResult result) {
    std::lock_guard<std::mutex> lock(mu_);
    next_result_ = result;
  }
  std::vector<IngestBatch> batches() const {
    std::lock_guard<std::mutex> lock(mu_);
    return batches_;
  }

 private:
  mutable std::mutex mu_;
  std::set<std::string, std::less<>> groups_ = {"app", "/aws/train"};
  IngestResult next_result_ = IngestResult::kAccepted;
  std::vector<IngestBatch> batches_;
};

class IngestRoutesTest : public ::testing::Test {
 protected:
  IngestRoutesTest() : guard_(boost::asio::make_work_guard(ioc_)) {
    for (int i = 0; i < 2; ++i) threads_.emplace_back([this] { ioc_.run(); });
  }
  ~IngestRoutesTest() override {
    if (server_) server_->Stop();
    guard_.reset();
    ioc_.stop();
    for (auto& thread : threads_) thread.join();
    server_.reset();
  }

  void Start(std::string token = "", size_t max_line_bytes = 1024) {
    http::HttpServerOptions http_options;
    http_options.listen = "127.0.0.1:0";
    http_options.max_body_bytes = 2 << 20;
    http_options.metrics = &metrics_.http();
    server_ = std::make_unique<http::HttpServer>(ioc_, http_options);
    IngestOptions options;
    options.auth_token = std::move(token);
    options.max_line_bytes = max_line_bytes;
    options.max_decoded_body_bytes = 1 << 20;
    options.retry_after_seconds = 2;
    options.log_group_names = [] { return std::vector<std::string>{"app", "/aws/train"}; };
    options.wall_clock_ms = [] { return kNow; };
    RegisterIngestRoutes(*server_, sink_, options, metrics_);
    ASSERT_TRUE(server_->Start().has_value());
  }

  RawResponse Send(const std::string& request) {
    RawClient client(server_->port());
    EXPECT_TRUE(client.Send(request));
    return client.Read();
  }

  RawResponse Push(std::string_view query, std::string_view body, std::string headers = "") {
    return Send(Post("/v1/logs" + std::string(query), body, headers));
  }

  RawResponse Aws(std::string_view op, std::string_view body, std::string headers = "") {
    return Send(Post("/", body,
                     "X-Amz-Target: Logs_20140328." + std::string(op) +
                         "\r\nContent-Type: application/x-amz-json-1.1\r\n" + headers));
  }

  std::string Metrics() const { return metrics_.SerializeText(); }

  boost::asio::io_context ioc_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> guard_;
  std::vector<std::thread> threads_;
  exporter::MetricsRegistry metrics_;
  FakeSink sink_;
  std::unique_ptr<http::HttpServer> server_;
};

const std::string kPut =
    "{\"logGroupName\": \"app\", \"logStreamName\": \"host1\", \"logEvents\": [{\"timestamp\": "
    "1700000000000, \"message\": \"disk error on sda\"}, {\"timestamp\": 1700000000000, "
    "\"message\": \"all good\"}]}";

TEST_F(IngestRoutesTest, PushTextLines) {
  Start();
  RawResponse r = Push("?group=app&stream=web%201", "a\r\nb\nc\n", "Content-Type: text/plain\r\n");
  EXPECT_EQ(200, r.status);
  EXPECT_EQ("{\"accepted\":3}", r.body);
  EXPECT_EQ("application/json", r.Header("content-type"));
  auto batches = sink_.batches();
  ASSERT_EQ(1u, batches.size());
  EXPECT_EQ("app", batches[0].log_group);
  EXPECT_EQ("web 1", batches[0].log_stream);
  ASSERT_EQ(3u, batches[0].events.size());
  EXPECT_EQ("a", batches[0].events[0].message);
  EXPECT_EQ(-1, batches[0].events[0].timestamp_ms);
  EXPECT_EQ(3u, batches[0].bytes);
}

TEST_F(IngestRoutesTest, PushNdjsonDefaultStream) {
  Start();
  RawResponse r = Push("?group=app", "{\"message\":\"x\",\"timestamp\":5}\n{\"message\":\"y\"}\n",
                       "Content-Type: application/x-ndjson\r\n");
  EXPECT_EQ(200, r.status) << r.body;
  EXPECT_EQ("{\"accepted\":2}", r.body);
  auto batches = sink_.batches();
  ASSERT_EQ(1u, batches.size());
  EXPECT_EQ("default", batches[0].log_stream);
  EXPECT_EQ(5, batches[0].events[0].timestamp_ms);
  EXPECT_EQ(-1, batches[0].events[1].timestamp_ms);
  const std::string m = Metrics();
  EXPECT_NE(std::string::npos,
            m.find("tailwatch_push_events_accepted_total{endpoint=\"/v1/logs\"} 2"))
      << m;
  EXPECT_NE(std::string::npos,
            m.find("tailwatch_push_requests_total{code=\"200\",endpoint=\"/v1/logs\"} 1"));
}

TEST_F(IngestRoutesTest, PushGzip) {
  Start();
  RawResponse r = Push("?group=app", Gzip("one\ntwo\n"), "Content-Encoding: gzip\r\n");
  EXPECT_EQ(200, r.status) << r.body;
  EXPECT_EQ("{\"accepted\":2}", r.body);
}

struct PushErrorCase {
  std::string name;
  std::string query;
  std::string body;
  std::string headers;
  int status;
  std::string body_part;
};

class PushErrorTest : public IngestRoutesTest,
                      public ::testing::WithParamInterface<PushErrorCase> {};

TEST_P(PushErrorTest, Answers) {
  const PushErrorCase& c = GetParam();
  Start();
  RawResponse r = Push(c.query, c.body, c.headers);
  EXPECT_EQ(c.status, r.status);
  EXPECT_EQ(0u, r.body.rfind("{\"error\":", 0)) << r.body;
  EXPECT_NE(std::string::npos, r.body.find(c.body_part)) << r.body;
  EXPECT_TRUE(sink_.batches().empty());
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, PushErrorTest,
    ::testing::Values(
        PushErrorCase{"MissingGroup", "", "a\n", "", 400, "missing query parameter 'group'"},
        PushErrorCase{"UnknownGroup", "?group=nope", "a\n", "", 404, "unknown log group 'nope'"},
        PushErrorCase{"EmptyBody", "?group=app", "", "", 400, "empty body"},
        PushErrorCase{"LineTooLong", "?group=app", "ok\n" + std::string(1025, 'x'), "", 400,
                      "line 2: message is 1025 bytes"},
        PushErrorCase{"BadNdjsonLine", "?group=app", "{\"message\":\"a\"}\n{oops",
                      "Content-Type: application/x-ndjson\r\n", 400, "line 2: invalid JSON"},
        PushErrorCase{"NdjsonInvalidUtf8", "?group=app", "{\"message\":\"\xc3\x28\"}",
                      "Content-Type: application/x-ndjson\r\n", 400, "line 1: invalid JSON"},
        PushErrorCase{"CorruptGzip", "?group=app", "not gzip", "Content-Encoding: gzip\r\n", 400,
                      "not valid gzip"},
        PushErrorCase{"GzipBomb", "?group=app", Gzip(std::string(8 << 20, 'a')),
                      "Content-Encoding: gzip\r\n", 413, "decodes to more than 1048576 bytes"},
        PushErrorCase{"UnsupportedEncoding", "?group=app", "x", "Content-Encoding: br\r\n", 415,
                      "unsupported Content-Encoding 'br'"}),
    [](const ::testing::TestParamInfo<PushErrorCase>& param_info) {
      return param_info.param.name;
    });

TEST_F(IngestRoutesTest, PushOverloadedAnswers429WithRetryAfter) {
  Start();
  sink_.SetResult(IngestResult::kOverloaded);
  RawResponse r = Push("?group=app", "a\nb\n");
  EXPECT_EQ(429, r.status);
  EXPECT_EQ("2", r.Header("retry-after"));
  sink_.SetResult(IngestResult::kShuttingDown);
  r = Push("?group=app", "a\n");
  EXPECT_EQ(503, r.status);
  EXPECT_EQ("2", r.Header("retry-after"));
  const std::string m = Metrics();
  EXPECT_NE(
      std::string::npos,
      m.find("tailwatch_push_events_rejected_total{endpoint=\"/v1/logs\",reason=\"overloaded\"} 2"))
      << m;
}

TEST_F(IngestRoutesTest, PushAuth) {
  Start("s3cret");
  RawResponse r = Push("?group=app", "a\n");
  EXPECT_EQ(401, r.status);
  EXPECT_NE(std::string::npos, r.Header("www-authenticate").find("Bearer"));
  EXPECT_EQ(401, Push("?group=app", "a\n", "Authorization: Bearer wrong\r\n").status);
  EXPECT_EQ(200, Push("?group=app", "a\n", "Authorization: Bearer s3cret\r\n").status);
  EXPECT_EQ(200, Push("?group=app", "a\n",
                      "Authorization: AWS4-HMAC-SHA256 Credential=s3cret/20261129/us-east-1/logs/"
                      "aws4_request, SignedHeaders=host, Signature=00\r\n")
                     .status);
  EXPECT_EQ(2u, sink_.batches().size());  // exactly the two authorized pushes landed
}

TEST_F(IngestRoutesTest, AwsPutLogEvents) {
  Start();
  RawResponse r = Aws("PutLogEvents", kPut);
  EXPECT_EQ(200, r.status) << r.body;
  EXPECT_EQ("application/x-amz-json-1.1", r.Header("content-type"));
  EXPECT_EQ(0u, r.body.rfind("{\"nextSequenceToken\":\"", 0)) << r.body;
  EXPECT_EQ(std::string::npos, r.body.find("rejectedLogEventsInfo"));
  auto batches = sink_.batches();
  ASSERT_EQ(1u, batches.size());
  EXPECT_EQ("host1", batches[0].log_stream);
  ASSERT_EQ(2u, batches[0].events.size());
  EXPECT_EQ(kNow, batches[0].events[0].timestamp_ms);
  EXPECT_EQ("disk error on sda", batches[0].events[0].message);
  // Tokens change between calls.
  RawResponse r2 = Aws("PutLogEvents", kPut);
  EXPECT_NE(r.body, r2.body);
}

TEST_F(IngestRoutesTest, AwsPutLogEventsRejectedAndTruncated) {
  Start("", /*max_line_bytes=*/4);
  const std::string body =
      "{\"logGroupName\":\"app\",\"logStreamName\":\"s\",\"logEvents\":["
      "{\"timestamp\":1,\"message\":\"old\"},"
      "{\"timestamp\":1700000000000,\"message\":\"abcdefgh\"},"
      "{\"timestamp\":1800000000000,\"message\":\"new\"}]}";
  RawResponse r = Aws("PutLogEvents", body);
  EXPECT_EQ(200, r.status) << r.body;
  EXPECT_NE(std::string::npos,
            r.body.find("\"rejectedLogEventsInfo\":{\"tooNewLogEventStartIndex\":2,"
                        "\"tooOldLogEventEndIndex\":1}"))
      << r.body;
  auto batches = sink_.batches();
  ASSERT_EQ(1u, batches.size());
  ASSERT_EQ(1u, batches[0].events.size());
  EXPECT_EQ("abcd", batches[0].events[0].message);
  const std::string m = Metrics();
  EXPECT_NE(
      std::string::npos,
      m.find(
          "tailwatch_push_events_rejected_total{endpoint=\"PutLogEvents\",reason=\"too_old\"} 1"));
  EXPECT_NE(
      std::string::npos,
      m.find(
          "tailwatch_push_events_rejected_total{endpoint=\"PutLogEvents\",reason=\"too_new\"} 1"));
  EXPECT_NE(std::string::npos,
            m.find("tailwatch_push_events_truncated_total{endpoint=\"PutLogEvents\"} 1"));
}

// Events outside the time window never reach the filters: they are counted
// as dropped lines too, under the same reason.
TEST_F(IngestRoutesTest, AwsPutLogEventsOutsideTheWindowAreDroppedLines) {
  Start();
  const std::string body =
      "{\"logGroupName\":\"app\",\"logStreamName\":\"s\",\"logEvents\":["
      "{\"timestamp\":1,\"message\":\"old\"},"
      "{\"timestamp\":2,\"message\":\"old\"},"
      "{\"timestamp\":1800000000000,\"message\":\"new\"}]}";
  RawResponse r = Aws("PutLogEvents", body);
  EXPECT_EQ(200, r.status) << r.body;
  const std::string m = Metrics();
  EXPECT_NE(std::string::npos, m.find("tailwatch_lines_dropped_total{reason=\"too_old\"} 2")) << m;
  EXPECT_NE(std::string::npos, m.find("tailwatch_lines_dropped_total{reason=\"too_new\"} 1")) << m;
}

TEST_F(IngestRoutesTest, AwsPutLogEventsUnknownGroup) {
  Start();
  std::string body = kPut;
  body.replace(body.find("\"app\""), 5, "\"nope\"");
  RawResponse r = Aws("PutLogEvents", body);
  EXPECT_EQ(400, r.status);
  EXPECT_EQ("application/x-amz-json-1.1", r.Header("content-type"));
  EXPECT_EQ(
      "{\"__type\":\"ResourceNotFoundException\",\"message\":\"The specified log group does not "
      "exist.\"}",
      r.body);
  EXPECT_TRUE(sink_.batches().empty());
}

TEST_F(IngestRoutesTest, AwsPutLogEventsOverloaded) {
  Start();
  sink_.SetResult(IngestResult::kOverloaded);
  RawResponse r = Aws("PutLogEvents", kPut);
  EXPECT_EQ(503, r.status);
  EXPECT_EQ("2", r.Header("retry-after"));
  EXPECT_NE(std::string::npos, r.body.find("\"__type\":\"ServiceUnavailableException\""));
}

TEST_F(IngestRoutesTest, AwsValidationErrors) {
  Start();
  RawResponse r = Aws("PutLogEvents", "{\"logGroupName\":");
  EXPECT_EQ(400, r.status);
  EXPECT_NE(std::string::npos, r.body.find("SerializationException"));
  r = Aws("PutLogEvents",
          "{\"logGroupName\":\"app\",\"logStreamName\":\"s\",\"logEvents\":["
          "{\"timestamp\":1700000000001,\"message\":\"a\"},{\"timestamp\":1700000000000,"
          "\"message\":\"b\"}]}");
  EXPECT_EQ(400, r.status);
  EXPECT_NE(std::string::npos, r.body.find("\"__type\":\"InvalidParameterException\""));
  EXPECT_NE(std::string::npos, r.body.find("chronological order"));
}

TEST_F(IngestRoutesTest, AwsTestMetricFilter) {
  Start();
  RawResponse r =
      Aws("TestMetricFilter",
          "{\"filterPattern\": \"error\", \"logEventMessages\": [\"disk error on sda\", "
          "\"all good\", \"another error\"]}");
  EXPECT_EQ(200, r.status);
  EXPECT_EQ(
      "{\"matches\":[{\"eventNumber\":1,\"eventMessage\":\"disk error on sda\","
      "\"extractedValues\":{}},{\"eventNumber\":3,\"eventMessage\":\"another error\","
      "\"extractedValues\":{}}]}",
      r.body);
  r = Aws("TestMetricFilter", "{\"filterPattern\": \"[a,\", \"logEventMessages\": [\"x\"]}");
  EXPECT_EQ(400, r.status);
  EXPECT_NE(std::string::npos, r.body.find("InvalidParameterException"));
  EXPECT_TRUE(sink_.batches().empty());  // TestMetricFilter never ingests
}

TEST_F(IngestRoutesTest, AwsCreateAndDescribe) {
  Start();
  RawResponse r = Aws("CreateLogGroup", "{\"logGroupName\": \"app\"}");
  EXPECT_EQ(200, r.status);
  EXPECT_EQ("{}", r.body);
  r = Aws("CreateLogStream", "{\"logGroupName\": \"app\", \"logStreamName\": \"s\"}");
  EXPECT_EQ(200, r.status);
  EXPECT_EQ("{}", r.body);
  r = Aws("DescribeLogGroups", "{\"logGroupNamePrefix\": \"/aws\"}");
  EXPECT_EQ(200, r.status);
  EXPECT_NE(std::string::npos, r.body.find("\"logGroupName\":\"/aws/train\""));
  EXPECT_EQ(std::string::npos, r.body.find("\"logGroupName\":\"app\""));
}

TEST_F(IngestRoutesTest, AwsUnknownOperation) {
  Start();
  RawResponse r = Aws("PutSubscriptionFilter", "{}");
  EXPECT_EQ(400, r.status);
  EXPECT_NE(std::string::npos, r.body.find("\"__type\":\"UnknownOperationException\""));
  r = Send(Post("/", "{}"));
  EXPECT_EQ(400, r.status);
  EXPECT_NE(std::string::npos, r.body.find("UnknownOperationException"));
  EXPECT_NE(std::string::npos,
            Metrics().find("tailwatch_push_requests_total{code=\"400\",endpoint=\"unknown\"} 2"));
}

TEST_F(IngestRoutesTest, AwsAuth) {
  Start("tok");
  const std::string sigv4 =
      "Authorization: AWS4-HMAC-SHA256 Credential=tok/20261129/us-east-1/logs/aws4_request, "
      "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=e59448cd\r\n";
  RawResponse r = Aws("PutLogEvents", kPut);
  EXPECT_EQ(401, r.status);
  EXPECT_NE(std::string::npos, r.body.find("\"__type\":\"UnrecognizedClientException\""));
  EXPECT_EQ("application/x-amz-json-1.1", r.Header("content-type"));
  r = Aws("PutLogEvents", kPut,
          "Authorization: AWS4-HMAC-SHA256 Credential=test/20261129/us-east-1/logs/aws4_request, "
          "SignedHeaders=host, Signature=00\r\n");
  EXPECT_EQ(401, r.status);
  EXPECT_TRUE(sink_.batches().empty());
  EXPECT_EQ(200, Aws("PutLogEvents", kPut, sigv4).status);
  EXPECT_EQ(200, Aws("PutLogEvents", kPut, "Authorization: Bearer tok\r\n").status);
  EXPECT_EQ(2u, sink_.batches().size());
}

TEST_F(IngestRoutesTest, AwsGzipBody) {
  Start();
  RawResponse r = Aws("PutLogEvents", Gzip(kPut), "Content-Encoding: gzip\r\n");
  EXPECT_EQ(200, r.status) << r.body;
  EXPECT_EQ(1u, sink_.batches().size());
}

}  // namespace
}  // namespace tailwatch::daemon

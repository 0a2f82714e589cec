// The group/stream operations (aws_logs_catalog_ops.h) and GetLogEvents /
// FilterLogEvents (aws_logs_read_ops.h) as pure request -> answer functions
// over a memory-only catalog and journal records held in a vector.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <vector>

#include "daemon/ingest/aws_logs_catalog_ops.h"
#include "daemon/ingest/aws_logs_read_ops.h"
#include "tests/daemon/source/tail_test_util.h"

namespace tailwatch::daemon {
namespace {

class AwsLogsOpsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    catalog_ = std::move(*LogsCatalog::Open("", [this] { return now_; }));
  }

  CatalogOpContext Context() {
    CatalogOpContext context;
    context.catalog = catalog_.get();
    context.configured = {"app"};
    context.tailed_files = [this](std::string_view group) {
      return group == "app" ? tailed_ : std::vector<std::string>{};
    };
    return context;
  }
  AwsResult<std::string> Op(std::string_view op, std::string_view body) {
    return RunCatalogOperation(op, body, Context(), parser_);
  }
  std::string Ok(std::string_view op, std::string_view body) {
    auto answer = Op(op, body);
    EXPECT_TRUE(answer.has_value()) << op << " " << body << ": " << answer.error().message;
    return answer ? *answer : std::string();
  }
  std::string ErrorType(std::string_view op, std::string_view body) {
    auto answer = Op(op, body);
    return answer ? "no error: " + *answer : answer.error().type;
  }

  // Records a push: one journal record of `messages` at `timestamps`.
  void Push(const std::string& group, const std::string& stream,
            const std::vector<std::pair<int64_t, std::string>>& events) {
    ASSERT_EQ(CatalogOutcome::kOk, catalog_->RegisterPushStream(group, stream, group == "app"));
    JournalRecord record;
    record.sequence = records_.size() + 1;
    record.append_ms = now_;
    record.batch.log_group = group;
    record.batch.log_stream = stream;
    for (const auto& [timestamp, message] : events) {
      record.batch.events.push_back({timestamp, message});
    }
    records_.push_back(record);
  }
  ReadOpContext ReadContext() {
    ReadOpContext context;
    context.catalog = Context();
    context.now_ms = now_;
    context.read_journal = [this](const std::function<bool(const JournalRecord&)>& fn) {
      for (const JournalRecord& r : records_) {
        if (!fn(r)) break;
      }
      return OkStatus();
    };
    return context;
  }
  simdjson::dom::element Json(const std::string& text) {
    json_text_ = text;
    return json_parser_.parse(json_text_).value();
  }
  std::vector<std::string> Messages(const std::string& answer) {
    std::vector<std::string> out;
    for (auto event : Json(answer)["events"].get_array()) {
      out.emplace_back(std::string_view(event["message"].get_string()));
    }
    return out;
  }
  std::string Get(const std::string& body) {
    auto answer = RunGetLogEvents(body, ReadContext(), parser_);
    EXPECT_TRUE(answer.has_value()) << body << ": " << answer.error().message;
    return answer ? *answer : std::string();
  }
  std::string Filter(const std::string& body) {
    auto answer = RunFilterLogEvents(body, ReadContext(), parser_);
    EXPECT_TRUE(answer.has_value()) << body << ": " << answer.error().message;
    return answer ? *answer : std::string();
  }
  std::string Member(const std::string& answer, const char* key) {
    std::string_view value;
    if (Json(answer)[key].get(value) != simdjson::SUCCESS) return "<absent>";
    return std::string(value);
  }

  int64_t now_ = 1700000000000;
  std::unique_ptr<LogsCatalog> catalog_;
  simdjson::dom::parser parser_;
  simdjson::dom::parser json_parser_;
  std::string json_text_;
  std::vector<JournalRecord> records_;
  std::vector<std::string> tailed_;  // the files "app" tails
};

TEST_F(AwsLogsOpsTest, ValidationAndErrorTypes) {
  EXPECT_EQ("InvalidParameterException", ErrorType("CreateLogGroup", "{}"));
  EXPECT_EQ("InvalidParameterException", ErrorType("CreateLogGroup", R"({"logGroupName":"a b"})"));
  EXPECT_EQ("SerializationException", ErrorType("CreateLogGroup", R"({"logGroupName":1})"));
  EXPECT_EQ("SerializationException", ErrorType("CreateLogGroup", "[1"));
  EXPECT_EQ("ResourceNotFoundException",
            ErrorType("DescribeLogStreams", R"({"logGroupName":"x"})"));
  EXPECT_EQ(
      "InvalidParameterException",
      ErrorType("DescribeLogGroups", R"({"logGroupNamePrefix":"a","logGroupNamePattern":"b"})"));
  EXPECT_EQ("InvalidParameterException", ErrorType("DescribeLogGroups", R"({"limit":51})"));
  EXPECT_EQ("InvalidParameterException", ErrorType("DescribeLogGroups", R"({"nextToken":"zz"})"));
  EXPECT_EQ(
      "InvalidParameterException",
      ErrorType("DescribeLogStreams",
                R"({"logGroupName":"app","orderBy":"LastEventTime","logStreamNamePrefix":"a"})"));
  EXPECT_EQ("InvalidParameterException",
            ErrorType("DescribeLogStreams", R"({"logGroupName":"app","orderBy":"Size"})"));
  EXPECT_EQ("InvalidParameterException",
            ErrorType("PutRetentionPolicy", R"({"logGroupName":"app","retentionInDays":2})"));
  EXPECT_EQ("InvalidParameterException", ErrorType("DeleteLogGroup", R"({"logGroupName":"app"})"));
  EXPECT_EQ("InvalidParameterException",
            ErrorType("TagResource", R"({"resourceArn":"nope","tags":{"a":"b"}})"));
  EXPECT_EQ("InvalidParameterException",
            ErrorType("TagResource",
                      R"({"resourceArn":"arn:aws:logs:us-east-1:1:log-group:app","tags":{}})"));
}

TEST_F(AwsLogsOpsTest, DescribeLogGroupsPagesAndFilters) {
  for (const char* name : {"b", "a", "c/x"}) {
    Ok("CreateLogGroup", std::string(R"({"logGroupName":")") + name + "\"}");
  }
  Ok("PutRetentionPolicy", R"({"logGroupName":"a","retentionInDays":3})");
  std::string page = Ok("DescribeLogGroups", R"({"limit":2})");
  EXPECT_NE(std::string::npos,
            page.find(R"("logGroupName":"a","creationTime":1700000000000,"retentionInDays":3)"));
  EXPECT_NE(std::string::npos, page.find(R"("logGroupName":"app")"));
  EXPECT_EQ("o/2", Member(page, "nextToken"));
  page = Ok("DescribeLogGroups", R"({"limit":2,"nextToken":"o/2"})");
  EXPECT_NE(std::string::npos, page.find(R"("logGroupName":"b")"));
  EXPECT_NE(std::string::npos, page.find(R"("logGroupName":"c/x")"));
  EXPECT_EQ("<absent>", Member(page, "nextToken"));
  page = Ok("DescribeLogGroups", R"({"logGroupNamePattern":"C/"})");
  EXPECT_NE(std::string::npos, page.find(R"("logGroupName":"c/x")"));
  EXPECT_EQ(std::string::npos, page.find(R"("logGroupName":"a")"));
}

TEST_F(AwsLogsOpsTest, DescribeLogStreamsOrders) {
  Push("app", "s2", {{30, "x"}});
  Push("app", "s1", {{50, "y"}});
  Push("app", "s3", {{10, "z"}});
  auto names = [&](const std::string& answer) {
    std::vector<std::string> out;
    for (auto s : Json(answer)["logStreams"].get_array()) {
      out.emplace_back(std::string_view(s["logStreamName"].get_string()));
    }
    return out;
  };
  catalog_->NotePut("app", "s2", 30, 30, now_, 1, "t2");
  catalog_->NotePut("app", "s1", 50, 50, now_, 1, "t1");
  catalog_->NotePut("app", "s3", 10, 10, now_, 1, "t3");
  using V = std::vector<std::string>;
  EXPECT_EQ((V{"s1", "s2", "s3"}), names(Ok("DescribeLogStreams", R"({"logGroupName":"app"})")));
  EXPECT_EQ((V{"s3", "s2", "s1"}),
            names(Ok("DescribeLogStreams", R"({"logGroupName":"app","descending":true})")));
  EXPECT_EQ((V{"s1", "s2", "s3"}),
            names(Ok("DescribeLogStreams",
                     R"({"logGroupName":"app","orderBy":"LastEventTime","descending":true})")));
  const std::string page = Ok("DescribeLogStreams", R"({"logGroupIdentifier":"app","limit":1})");
  EXPECT_EQ((V{"s1"}), names(page));
  EXPECT_EQ("o/1", Member(page, "nextToken"));
  EXPECT_NE(std::string::npos, page.find(R"("uploadSequenceToken":"t1")"));
}

TEST_F(AwsLogsOpsTest, TagsOldAndNew) {
  Ok("CreateLogGroup", R"({"logGroupName":"g","tags":{"a":"1"}})");
  Ok("TagResource",
     R"({"resourceArn":"arn:aws:logs:us-east-1:000000000000:log-group:g:*","tags":{"b":"2"}})");
  Ok("UntagLogGroup", R"({"logGroupName":"g","tags":["a"]})");
  Ok("TagLogGroup", R"({"logGroupName":"g","tags":{"c":"3"}})");
  EXPECT_EQ(R"({"tags":{"b":"2","c":"3"}})", Ok("ListTagsLogGroup", R"({"logGroupName":"g"})"));
  Ok("UntagResource",
     R"({"resourceArn":"arn:aws:logs:us-east-1:000000000000:log-group:g","tagKeys":["b"]})");
  EXPECT_EQ(R"({"tags":{"c":"3"}})",
            Ok("ListTagsForResource", R"({"resourceArn":"arn:aws:logs:eu-west-1:1:log-group:g"})"));
}

TEST_F(AwsLogsOpsTest, GetLogEventsTokensAndTheEnd) {
  Push("app", "s", {{10, "m1"}, {20, "m2"}});
  Push("app", "other", {{15, "x"}});
  Push("app", "s", {{30, "m3"}});
  using V = std::vector<std::string>;
  std::string page =
      Get(R"({"logGroupName":"app","logStreamName":"s","startFromHead":true,"limit":2})");
  EXPECT_EQ((V{"m1", "m2"}), Messages(page));
  const std::string forward = Member(page, "nextForwardToken");
  page = Get(R"({"logGroupName":"app","logStreamName":"s","nextToken":")" + forward + "\"}");
  EXPECT_EQ((V{"m3"}), Messages(page));
  const std::string last = Member(page, "nextForwardToken");
  const std::string backward = Member(page, "nextBackwardToken");
  page = Get(R"({"logGroupName":"app","logStreamName":"s","nextToken":")" + last + "\"}");
  EXPECT_EQ(V{}, Messages(page));
  EXPECT_EQ(last, Member(page, "nextForwardToken"));  // the end: the same token
  page = Get(R"({"logGroupName":"app","logStreamName":"s","nextToken":")" + backward +
             "\",\"limit\":1}");
  EXPECT_EQ((V{"m2"}), Messages(page));
  page = Get(R"({"logGroupName":"app","logStreamName":"s","limit":2})");
  EXPECT_EQ((V{"m2", "m3"}), Messages(page));  // no token: the newest
  page = Get(
      R"({"logGroupName":"app","logStreamName":"s","startTime":20,"endTime":30,"startFromHead":true})");
  EXPECT_EQ((V{"m2"}), Messages(page));  // endTime exclusive
  auto bad = RunGetLogEvents(R"({"logGroupName":"app","logStreamName":"s","nextToken":"x/1"})",
                             ReadContext(), parser_);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ("InvalidParameterException", bad.error().type);
  bad = RunGetLogEvents(R"({"logGroupName":"app","logStreamName":"nope"})", ReadContext(), parser_);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ("ResourceNotFoundException", bad.error().type);
}

TEST_F(AwsLogsOpsTest, FilterLogEventsInterleavesPagesAndMatches) {
  Push("app", "a", {{10, "ERROR one"}, {40, "ok four"}});
  Push("app", "b", {{20, "ERROR two"}, {30, "ok three"}});
  Push("app", "b", {{20, "ERROR two again"}});
  using V = std::vector<std::string>;
  EXPECT_EQ((V{"ERROR one", "ERROR two", "ERROR two again", "ok three", "ok four"}),
            Messages(Filter(R"({"logGroupName":"app"})")));
  EXPECT_EQ((V{"ERROR one", "ERROR two", "ERROR two again"}),
            Messages(Filter(R"({"logGroupName":"app","filterPattern":"ERROR"})")));
  EXPECT_EQ(
      (V{"ok three"}),
      Messages(Filter(R"({"logGroupName":"app","logStreamNames":["b"],"filterPattern":"ok"})")));
  EXPECT_EQ((V{"ERROR two", "ERROR two again", "ok three"}),
            Messages(Filter(R"({"logGroupName":"app","startTime":20,"endTime":30})")));
  // Pages of two, following nextToken to its absence.
  V all;
  std::string token;
  for (int page = 0; page < 5; ++page) {
    std::string body = R"({"logGroupName":"app","limit":2)";
    if (!token.empty()) body += R"(,"nextToken":")" + token + "\"";
    const std::string answer = Filter(body + "}");
    for (const std::string& m : Messages(answer)) all.push_back(m);
    token = Member(answer, "nextToken");
    if (token == "<absent>") break;
  }
  EXPECT_EQ((V{"ERROR one", "ERROR two", "ERROR two again", "ok three", "ok four"}), all);
  const std::string answer = Filter(R"({"logGroupName":"app","limit":1})");
  EXPECT_NE(
      std::string::npos,
      answer.find(
          R"("logStreamName":"a","timestamp":10,"message":"ERROR one","ingestionTime":1700000000000,"eventId":")"));
  EXPECT_NE(
      std::string::npos,
      answer.find(
          R"("searchedLogStreams":[{"logStreamName":"a","searchedCompletely":true},{"logStreamName":"b","searchedCompletely":true}])"));
  auto bad = RunFilterLogEvents(R"({"logGroupName":"app","filterPattern":"{ $.x = "})",
                                ReadContext(), parser_);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ("InvalidParameterException", bad.error().type);
  bad = RunFilterLogEvents(
      R"({"logGroupName":"app","logStreamNames":["a"],"logStreamNamePrefix":"a"})", ReadContext(),
      parser_);
  ASSERT_FALSE(bad.has_value());
}

TEST_F(AwsLogsOpsTest, RetentionAndRecreationHideEvents) {
  constexpr int64_t kDay = 24LL * 3600 * 1000;
  Ok("CreateLogGroup", R"({"logGroupName":"g"})");
  Push("g", "s", {{now_ - 3 * kDay, "old"}, {now_ - 1000, "new"}});
  using V = std::vector<std::string>;
  EXPECT_EQ((V{"old", "new"}), Messages(Filter(R"({"logGroupName":"g"})")));
  Ok("PutRetentionPolicy", R"({"logGroupName":"g","retentionInDays":1})");
  EXPECT_EQ((V{"new"}), Messages(Filter(R"({"logGroupName":"g"})")));
  Ok("DeleteLogGroup", R"({"logGroupName":"g"})");
  auto gone = RunFilterLogEvents(R"({"logGroupName":"g"})", ReadContext(), parser_);
  ASSERT_FALSE(gone.has_value());
  EXPECT_EQ("ResourceNotFoundException", gone.error().type);
  now_ += 1;
  Ok("CreateLogGroup", R"({"logGroupName":"g"})");
  Ok("CreateLogStream", R"({"logGroupName":"g","logStreamName":"s"})");
  EXPECT_EQ(V{}, Messages(Filter(R"({"logGroupName":"g"})")));
}

TEST_F(AwsLogsOpsTest, TailedFilesAreStreamsNamedByPath) {
  testing::TempDir dir;
  const std::string path = dir / "train.log";
  testing::Append(path, "step 1 ok\r\nstep 2 ERROR\n\nstep 3 ok\npartial ERROR");
  tailed_ = {path};
  Push("app", "pushed", {{1, "pushed ERROR"}});
  using V = std::vector<std::string>;
  const std::string streams = Ok("DescribeLogStreams", R"({"logGroupName":"app"})");
  EXPECT_NE(std::string::npos, streams.find("\"logStreamName\":\"" + path + "\""));
  EXPECT_NE(std::string::npos, streams.find("\"logStreamName\":\"pushed\""));
  // Complete lines only, empty ones skipped, CR of CRLF dropped.
  std::string page = Get(
      R"({"logGroupName":"app","startFromHead":true,"limit":2,"logStreamName":")" + path + "\"}");
  EXPECT_EQ((V{"step 1 ok", "step 2 ERROR"}), Messages(page));
  page = Get(R"({"logGroupName":"app","logStreamName":")" + path + R"(","nextToken":")" +
             Member(page, "nextForwardToken") + "\"}");
  EXPECT_EQ((V{"step 3 ok"}), Messages(page));
  const std::string matches = Filter(R"({"logGroupName":"app","filterPattern":"ERROR"})");
  EXPECT_EQ((V{"pushed ERROR", "step 2 ERROR"}), Messages(matches));
  EXPECT_NE(std::string::npos, matches.find("\"logStreamName\":\"" + path + "\""));
  // The line being written becomes an event once complete.
  testing::Append(path, "\n");
  EXPECT_EQ((V{"pushed ERROR", "step 2 ERROR", "partial ERROR"}),
            Messages(Filter(R"({"logGroupName":"app","filterPattern":"ERROR"})")));
}

}  // namespace
}  // namespace tailwatch::daemon

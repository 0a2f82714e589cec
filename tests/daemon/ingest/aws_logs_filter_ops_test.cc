#include "daemon/ingest/aws_logs_filter_ops.h"

#include <gtest/gtest.h>

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kPut =
    R"({"logGroupName":"pushed","filterName":"errs","filterPattern":"[ip, user, status=5*]",)"
    R"("metricTransformations":[{"metricName":"Errors","metricNamespace":"App",)"
    R"("metricValue":"1","dimensions":{"User":"$user"}}]})";

config::Config Running() {
  config::Config running;
  config::LogGroupConfig app;
  app.name = "app";
  running.log_groups.push_back(app);
  engine::FilterSpec file_filter;
  file_filter.name = "file-filter";
  file_filter.log_group = "app";
  running.metric_filters.push_back(file_filter);
  return running;
}

TEST(PutMetricFilter, ReadsTheRequestLikeImport) {
  simdjson::dom::parser parser;
  auto filter = ParsePutMetricFilter(kPut, parser);
  ASSERT_TRUE(filter) << filter.error().message;
  EXPECT_EQ(filter->name, "errs");
  EXPECT_EQ(filter->log_group, "pushed");
  EXPECT_EQ(filter->pattern, "[ip, user, status=5*]");
  EXPECT_EQ(filter->transformation.metric_name, "Errors");
  EXPECT_FALSE(filter->transformation.default_value.has_value());
  ASSERT_EQ(filter->transformation.dimensions.size(), 1u);
}

TEST(PutMetricFilter, RefusesBadRequests) {
  simdjson::dom::parser parser;
  for (
      std::string_view body : {
          R"({"logGroupName":"g","filterName":"a:b","filterPattern":"x","metricTransformations":[{"metricName":"M","metricNamespace":"N","metricValue":"1"}]})",
          R"({"logGroupName":"g","filterName":"a","filterPattern":"x","metricTransformations":[]})",
          R"({"logGroupName":"g","filterName":"a","filterPattern":"{ $.x = ","metricTransformations":[{"metricName":"M","metricNamespace":"N","metricValue":"1"}]})",
          R"({"filterName":"a","filterPattern":"x","metricTransformations":[{"metricName":"M","metricNamespace":"N","metricValue":"1"}]})",
      }) {
    auto filter = ParsePutMetricFilter(body, parser);
    ASSERT_FALSE(filter) << body;
    EXPECT_EQ(filter.error().type, "InvalidParameterException") << body;
  }
  EXPECT_EQ(ParsePutMetricFilter("{nope", parser).error().type, "SerializationException");
  // CloudWatch's own rule, as import and the loader apply it.
  auto both = ParsePutMetricFilter(
      R"({"logGroupName":"g","filterName":"a","filterPattern":"[u]","metricTransformations":[{"metricName":"M","metricNamespace":"N","metricValue":"1","defaultValue":0,"dimensions":{"U":"$u"}}]})",
      parser);
  ASSERT_FALSE(both);
  EXPECT_EQ(both.error().message.find("not carried"), std::string::npos) << both.error().message;
  EXPECT_NE(both.error().message.find("not allowed together with dimensions"), std::string::npos)
      << both.error().message;
}

TEST(PutFilterEdit, ACreatedGroupGetsAPushOnlyStandIn) {
  simdjson::dom::parser parser;
  const engine::FilterSpec filter = *ParsePutMetricFilter(kPut, parser);
  const config::Config running = Running();
  config::ApiDefinitions document;
  EXPECT_EQ(PutFilterEdit(filter, /*created_group=*/false, document, running).error_code,
            "ResourceNotFoundException");
  EXPECT_TRUE(PutFilterEdit(filter, /*created_group=*/true, document, running).changed);
  ASSERT_EQ(document.log_groups.size(), 1u);
  EXPECT_EQ(document.log_groups[0].name, "pushed");
  EXPECT_TRUE(PutFilterEdit(filter, true, document, running).changed);  // replaced, not added
  EXPECT_EQ(document.metric_filters.size(), 1u);
  EXPECT_EQ(document.log_groups.size(), 1u);
  engine::FilterSpec clash = filter;
  clash.name = "file-filter";
  clash.log_group = "app";
  EXPECT_EQ(PutFilterEdit(clash, false, document, running).error_code, "InvalidParameterException");
  // The stand-in goes with the group's last API filter.
  EXPECT_EQ(DeleteFilterEdit({"app", "errs"}, document, running).error_code,
            "ResourceNotFoundException");
  EXPECT_TRUE(DeleteFilterEdit({"pushed", "errs"}, document, running).changed);
  EXPECT_TRUE(document.empty());
  EXPECT_EQ(DeleteFilterEdit({"app", "file-filter"}, document, running).error_code,
            "InvalidParameterException");
}

TEST(DescribeMetricFilters, FiltersSortsAndPages) {
  std::vector<engine::FilterSpec> filters(3);
  filters[0].name = "b";
  filters[0].log_group = "g1";
  filters[0].transformation.metric_name = "M";
  filters[0].transformation.metric_namespace = "N";
  filters[1].name = "a";
  filters[1].log_group = "g1";
  filters[2].name = "a2";
  filters[2].log_group = "g2";
  simdjson::dom::parser parser;
  auto page = RunDescribeMetricFilters(R"({"limit":2})", filters, parser);
  ASSERT_TRUE(page);
  EXPECT_NE(page->find(R"("filterName":"a","filterPattern")"), std::string::npos) << *page;
  EXPECT_NE(page->find(R"("nextToken":"2")"), std::string::npos) << *page;
  auto rest = RunDescribeMetricFilters(R"({"limit":2,"nextToken":"2"})", filters, parser);
  ASSERT_TRUE(rest);
  EXPECT_NE(rest->find(R"("filterName":"a2")"), std::string::npos) << *rest;
  EXPECT_EQ(rest->find("nextToken"), std::string::npos) << *rest;
  auto by_metric =
      RunDescribeMetricFilters(R"({"metricName":"M","metricNamespace":"N"})", filters, parser);
  ASSERT_TRUE(by_metric);
  EXPECT_NE(by_metric->find(R"("filterName":"b")"), std::string::npos);
  EXPECT_EQ(by_metric->find(R"("filterName":"a")"), std::string::npos);
  auto prefix =
      RunDescribeMetricFilters(R"({"logGroupName":"g1","filterNamePrefix":"a"})", filters, parser);
  ASSERT_TRUE(prefix);
  EXPECT_EQ(prefix->find(R"("filterName":"a2")"), std::string::npos);
  EXPECT_FALSE(RunDescribeMetricFilters(R"({"metricName":"M"})", filters, parser));
  EXPECT_FALSE(RunDescribeMetricFilters(R"({"limit":51})", filters, parser));
  EXPECT_FALSE(RunDescribeMetricFilters(R"({"nextToken":"x"})", filters, parser));
}

}  // namespace
}  // namespace tailwatch::daemon

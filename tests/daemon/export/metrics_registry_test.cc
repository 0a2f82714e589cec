#include "daemon/export/metrics_registry.h"

#include <gtest/gtest.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "daemon/export/metrics_handler.h"
#include "daemon/http/http_server.h"
#include "tests/daemon/export/promtool.h"
#include "tests/daemon/http/raw_client.h"

namespace tailwatch::exporter {
namespace {

using tailwatch::testing::HavePromtool;
using tailwatch::testing::PromtoolCheckMetrics;

struct BadNameCase {
  std::string name;
  std::string metric;
  enum { kCounter, kGauge, kHistogram } kind;
};

class MetricsRegistryNameTest : public ::testing::TestWithParam<BadNameCase> {};

TEST_P(MetricsRegistryNameTest, RejectsNamesAgainstTheConvention) {
  MetricsRegistry registry;
  const auto& c = GetParam();
  switch (c.kind) {
    case BadNameCase::kCounter:
      EXPECT_THROW(registry.AddCounterFamily(c.metric, "h"), std::invalid_argument);
      break;
    case BadNameCase::kGauge:
      EXPECT_THROW(registry.AddGaugeFamily(c.metric, "h"), std::invalid_argument);
      break;
    case BadNameCase::kHistogram:
      EXPECT_THROW(registry.AddHistogramFamily(c.metric, "h"), std::invalid_argument);
      break;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Names, MetricsRegistryNameTest,
    ::testing::Values(BadNameCase{"CounterWithoutTotal", "tailwatch_lines", BadNameCase::kCounter},
                      BadNameCase{"NoPrefix", "lines_total", BadNameCase::kCounter},
                      BadNameCase{"UpperCase", "tailwatch_Lines_total", BadNameCase::kCounter},
                      BadNameCase{"GaugeWithTotal", "tailwatch_depth_total", BadNameCase::kGauge},
                      BadNameCase{"HistogramBucket", "tailwatch_x_bucket", BadNameCase::kHistogram},
                      BadNameCase{"PrefixOnly", "tailwatch_", BadNameCase::kGauge}),
    [](const ::testing::TestParamInfo<BadNameCase>& param_info) { return param_info.param.name; });

TEST(MetricsRegistryTest, SameFamilyTwiceIsTheSameFamily) {
  MetricsRegistry registry;
  auto& a = registry.AddCounterFamily("tailwatch_things_total", "Things.");
  auto& b = registry.AddCounterFamily("tailwatch_things_total", "Things.");
  EXPECT_EQ(&a, &b);
}

TEST(MetricsRegistryTest, CounterHelpAndTypeNameTheFullTotalName) {
  MetricsRegistry registry;
  registry.AddCounterFamily("tailwatch_read_lines_total", "Lines read.")
      .Add({{"log_group", "g"}})
      .Increment(3);
  const std::string text = registry.SerializeText();
  EXPECT_NE(std::string::npos, text.find("# HELP tailwatch_read_lines_total "));
  EXPECT_NE(std::string::npos, text.find("# TYPE tailwatch_read_lines_total counter\n"));
  EXPECT_NE(std::string::npos, text.find("tailwatch_read_lines_total{log_group=\"g\"} 3"));
  // Families without series are left out.
  EXPECT_EQ(std::string::npos, text.find("tailwatch_notifications_total"));
}

// The engine's series, as the daemon's hook would give them: odd dimension
// names and values that need escaping.
std::vector<DynamicFamily> EngineSnapshot() {
  DynamicFamily value{
      "tailwatch_metric_value_total", "Sum of emitted metric values.", SeriesType::kCounter, {}};
  DynamicFamily samples{"tailwatch_metric_samples_total",
                        "Number of emitted metric values.",
                        SeriesType::kCounter,
                        {}};
  const std::vector<std::pair<std::string, std::string>> odd = {
      {"namespace", "AIWorkloadLogs"},
      {"metric", "AnomalyOccurrences"},
      {"Instance-Id", "say \"hi\""},
      {"path", "C:\\logs\\x"},
      {"message", "line1\nline2"},
      {"Rang\u20ac", "\u00fcber \U0001F680"},
      {"bad", "\xff\xfe"},
      {"namespace", "dimension named like our label"},
      {"1st", ""}};
  value.series.push_back({odd, 12.5});
  samples.series.push_back({odd, 3});
  value.series.push_back({{{"namespace", "N"}, {"metric", "M"}}, 1});
  samples.series.push_back({{{"namespace", "N"}, {"metric", "M"}}, 1});
  DynamicFamily alarms{"tailwatch_alarm_state", "1 for the current state.", SeriesType::kGauge, {}};
  for (const char* state : {"OK", "ALARM", "INSUFFICIENT_DATA"}) {
    alarms.series.push_back(
        {{{"alarm", "anomalyAlarm"}, {"state", state}}, std::string(state) == "ALARM" ? 1.0 : 0.0});
  }
  return {value, samples, alarms};
}

TEST(MetricsRegistryTest, DynamicSeriesAreEscapedAndSanitised) {
  MetricsRegistry registry;
  registry.AddCollectHook(EngineSnapshot);
  const std::string text = registry.SerializeText();
  EXPECT_NE(std::string::npos, text.find("# TYPE tailwatch_metric_value_total counter\n"));
  EXPECT_NE(std::string::npos, text.find("Instance_Id=\"say \\\"hi\\\"\""));
  EXPECT_NE(std::string::npos, text.find("path=\"C:\\\\logs\\\\x\""));
  EXPECT_NE(std::string::npos, text.find("message=\"line1\\nline2\""));
  EXPECT_NE(std::string::npos, text.find("Rang_=\"\u00fcber \U0001F680\""));
  EXPECT_NE(std::string::npos, text.find("bad=\"\xEF\xBF\xBD\xEF\xBF\xBD\""));
  EXPECT_NE(std::string::npos, text.find("namespace_=\"dimension named like our label\""));
  EXPECT_NE(std::string::npos, text.find("_1st=\"\""));
  EXPECT_NE(std::string::npos,
            text.find("tailwatch_alarm_state{alarm=\"anomalyAlarm\",state=\"ALARM\"} 1\n"));
}

TEST(MetricsRegistryTest, HookFamiliesMergeWithStaticOnesOfTheSameName) {
  MetricsRegistry registry;
  registry.AddGaugeFamily("tailwatch_alarm_state", "Alarm state.")
      .Add({{"alarm", "static"}, {"state", "OK"}})
      .Set(1);
  registry.AddCollectHook(EngineSnapshot);
  // Same name, other type: dropped and counted.
  registry.AddCollectHook([] {
    return std::vector<DynamicFamily>{{"tailwatch_read_bytes", "x", SeriesType::kGauge, {{{}, 1}}}};
  });
  registry.AddCounterFamily("tailwatch_read_bytes_total", "Bytes read.")
      .Add({{"log_group", "g"}})
      .Increment(1);
  const std::string text = registry.SerializeText();
  size_t count = 0;
  for (size_t pos = 0; (pos = text.find("# TYPE tailwatch_alarm_state ", pos)) != std::string::npos;
       ++pos) {
    ++count;
  }
  EXPECT_EQ(1u, count);
  EXPECT_NE(std::string::npos, text.find("alarm=\"static\""));
  EXPECT_NE(std::string::npos, text.find("alarm=\"anomalyAlarm\""));
  // A gauge named tailwatch_read_bytes is another family than the counter
  // tailwatch_read_bytes_total: no conflict.
  EXPECT_NE(std::string::npos, text.find("tailwatch_read_bytes 1\n"));
  EXPECT_NE(std::string::npos,
            text.find("tailwatch_scrape_errors_total{reason=\"type_conflict\"} 0"));
}

TEST(MetricsRegistryTest, ConflictingTypeIsCounted) {
  MetricsRegistry registry;
  registry.AddCounterFamily("tailwatch_read_lines_total", "Lines read.")
      .Add({{"log_group", "g"}})
      .Increment(4);
  registry.AddCollectHook([] {
    return std::vector<DynamicFamily>{
        // A gauge with a counter's name: dropped, or the exposition would
        // carry two TYPE lines for one name.
        {"tailwatch_read_lines_total", "x", SeriesType::kGauge, {{{{"log_group", "h"}}, 1}}},
        // Counter names get "_total", so this is a family of its own.
        {"tailwatch_http_requests_in_flight", "x", SeriesType::kCounter, {{{}, 1}}}};
  });
  registry.AddCollectHook([]() -> std::vector<DynamicFamily> { throw std::bad_alloc(); });
  const std::string text = registry.SerializeText();
  EXPECT_EQ(std::string::npos, text.find("log_group=\"h\""));
  EXPECT_NE(std::string::npos, text.find("tailwatch_read_lines_total{log_group=\"g\"} 4"));
  EXPECT_NE(std::string::npos, text.find("tailwatch_http_requests_in_flight_total 1"));
  EXPECT_NE(std::string::npos,
            text.find("tailwatch_scrape_errors_total{reason=\"type_conflict\"} 1"));
  EXPECT_NE(std::string::npos,
            text.find("tailwatch_scrape_errors_total{reason=\"hook_failed\"} 1"));
}

TEST(MetricsRegistryTest, ExpositionPassesPromtool) {
  if (!HavePromtool()) GTEST_SKIP() << "promtool not installed";
  MetricsRegistry registry;
  const auto& http = registry.http();
  http.RecordRequest("/metrics", 200, 0, 1234);
  http.RecordRequest("other", 404, 3, 20);
  http.RecordError("timeout");
  http.in_flight->Increment();
  http.rejected_connections->Increment();
  const auto& self = registry.self();
  self.lines_dropped->Add({{"log_group", "aiLogsGroup"}, {"reason", "queue_full"}}).Increment();
  self.push_requests->Add({{"endpoint", "/v1/logs"}, {"code", "200"}}).Increment();
  self.notifications->Add({{"target", "oncall"}, {"result", "ok"}}).Increment();
  self.processing_latency->Add({{"stage", "match"}}, LatencyBucketsSeconds()).Observe(0.002);
  registry.AddCollectHook(EngineSnapshot);
  const std::string text = registry.SerializeText();
  const auto result = PromtoolCheckMetrics(text);
  EXPECT_EQ(0, result.exit_code) << result.findings << "\n" << text;
  EXPECT_EQ("", result.findings) << text;
}

TEST(MetricsHandlerTest, ServesExpositionOverHttp) {
  MetricsRegistry registry;
  registry.AddCollectHook(EngineSnapshot);
  boost::asio::io_context ioc;
  auto guard = boost::asio::make_work_guard(ioc);
  std::thread runner([&] { ioc.run(); });
  http::HttpServerOptions options;
  options.listen = "127.0.0.1:0";
  options.metrics = &registry.http();
  auto server = std::make_unique<http::HttpServer>(ioc, options);
  server->Route("GET", "/metrics", MakeMetricsHandler(registry));
  ASSERT_TRUE(server->Start().has_value());

  tailwatch::testing::RawClient client(server->port());
  ASSERT_TRUE(client.Send(tailwatch::testing::Get("/metrics")));
  const auto first = client.Read();
  ASSERT_TRUE(client.Send(tailwatch::testing::Get("/metrics")));
  const auto second = client.Read();
  server->Stop();
  guard.reset();
  ioc.stop();
  runner.join();
  server.reset();

  EXPECT_EQ(200, first.status);
  EXPECT_EQ("text/plain; version=0.0.4; charset=utf-8", first.Header("content-type"));
  EXPECT_NE(std::string::npos, first.body.find("tailwatch_metric_value_total{"));
  // The second scrape sees the first one counted.
  EXPECT_NE(
      std::string::npos,
      second.body.find("tailwatch_http_requests_total{code=\"200\",endpoint=\"/metrics\"} 1"));
  if (HavePromtool()) {
    const auto result = PromtoolCheckMetrics(second.body);
    EXPECT_EQ(0, result.exit_code) << result.findings << "\n" << second.body;
    EXPECT_EQ("", result.findings);
  }
}

}  // namespace
}  // namespace tailwatch::exporter

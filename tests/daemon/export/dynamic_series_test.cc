#include "daemon/export/dynamic_series.h"

#include <gtest/gtest.h>
#include <prometheus/metric_type.h>

#include <stdexcept>
#include <string>

namespace tailwatch::exporter {
namespace {

struct NameCase {
  std::string name;
  std::string input;
  std::string label;   // expected SanitizeLabelName
  std::string metric;  // expected SanitizeMetricName
};

class SanitizeNameTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(SanitizeNameTest, MapsToValidName) {
  EXPECT_EQ(GetParam().label, SanitizeLabelName(GetParam().input));
  EXPECT_EQ(GetParam().metric, SanitizeMetricName(GetParam().input));
}

INSTANTIATE_TEST_SUITE_P(
    Names, SanitizeNameTest,
    ::testing::Values(NameCase{"Valid", "Rank", "Rank", "Rank"},
                      NameCase{"Dash", "instance-id", "instance_id", "instance_id"},
                      NameCase{"Dots", "a.b.c", "a_b_c", "a_b_c"},
                      NameCase{"Colon", "ns:metric", "ns_metric", "ns:metric"},
                      NameCase{"LeadingDigit", "1st", "_1st", "_1st"},
                      NameCase{"Reserved", "__name__", "x__name__", "x__name__"},
                      NameCase{"Empty", "", "_", "_"},
                      NameCase{"Space", "GPU id", "GPU_id", "GPU_id"},
                      NameCase{"Utf8OneUnderscorePerChar", "Rang\u20ac\u00e9x", "Rang__x",
                               "Rang__x"},
                      NameCase{"Quote", "a\"b", "a_b", "a_b"},
                      NameCase{"InvalidUtf8",
                               "a\xff"
                               "b",
                               "a_b", "a_b"}),
    [](const ::testing::TestParamInfo<NameCase>& param_info) { return param_info.param.name; });

struct Utf8Case {
  std::string name;
  std::string input;
  std::string expected;
};

class SanitizeUtf8Test : public ::testing::TestWithParam<Utf8Case> {};

TEST_P(SanitizeUtf8Test, ReplacesInvalidSequences) {
  EXPECT_EQ(GetParam().expected, SanitizeUtf8(GetParam().input));
}

const std::string kFffd = "\xEF\xBF\xBD";

INSTANTIATE_TEST_SUITE_P(
    Utf8, SanitizeUtf8Test,
    ::testing::Values(Utf8Case{"Ascii", "plain \"text\"\\\n", "plain \"text\"\\\n"},
                      Utf8Case{"ValidMultiByte", "\u00e9\u20ac\U0001F600",
                               "\u00e9\u20ac\U0001F600"},
                      Utf8Case{"BadLeadByte",
                               "a\xff"
                               "b",
                               "a" + kFffd + "b"},
                      Utf8Case{"StrayContinuation", "\x80x", kFffd + "x"},
                      Utf8Case{"Truncated", "x\xe2\x82", "x" + kFffd},
                      Utf8Case{"TruncatedThenAscii", "\xe2\x82z", kFffd + "z"},
                      Utf8Case{"Overlong", "\xc0\xaf", kFffd},
                      Utf8Case{"Surrogate", "\xed\xa0\x80", kFffd},
                      Utf8Case{"AboveMax", "\xf4\x90\x80\x80", kFffd},
                      Utf8Case{"Nul", std::string("a\0b", 3), std::string("a\0b", 3)}),
    [](const ::testing::TestParamInfo<Utf8Case>& param_info) { return param_info.param.name; });

DynamicFamily Family(std::string name, SeriesType type,
                     std::vector<std::pair<std::string, std::string>> labels, double value) {
  DynamicFamily family;
  family.name = std::move(name);
  family.help = "help";
  family.type = type;
  family.series.push_back({std::move(labels), value});
  return family;
}

TEST(BuildFamiliesTest, RenamesCollidingLabelsAndKeepsOrder) {
  auto out = BuildFamilies({Family(
      "tailwatch_metric_value_total", SeriesType::kCounter,
      {{"namespace", "ns"}, {"metric", "m"}, {"namespace", "dim"}, {"a-b", "1"}, {"a_b", "2"}},
      3)});
  ASSERT_EQ(1u, out.size());
  ASSERT_EQ(1u, out[0].metric.size());
  const auto& labels = out[0].metric[0].label;
  ASSERT_EQ(5u, labels.size());
  EXPECT_EQ("namespace", labels[0].name);
  EXPECT_EQ("metric", labels[1].name);
  EXPECT_EQ("namespace_", labels[2].name);
  EXPECT_EQ("dim", labels[2].value);
  EXPECT_EQ("a_b", labels[3].name);
  EXPECT_EQ("a_b_", labels[4].name);
  EXPECT_EQ(3, out[0].metric[0].counter.value);
  EXPECT_EQ(prometheus::MetricType::Counter, out[0].type);
}

TEST(BuildFamiliesTest, CounterNamesGetTotalSuffix) {
  auto out = BuildFamilies({Family("tailwatch.custom", SeriesType::kCounter, {}, 1),
                            Family("tailwatch_level", SeriesType::kGauge, {}, 2)});
  ASSERT_EQ(2u, out.size());
  EXPECT_EQ("tailwatch_custom_total", out[0].name);
  EXPECT_EQ("tailwatch_level", out[1].name);
  EXPECT_EQ(2, out[1].metric[0].gauge.value);
}

TEST(BuildFamiliesTest, MergesSameNameAndDropsConflictsAndEmpties) {
  DynamicFamily empty;
  empty.name = "tailwatch_empty_total";
  uint64_t conflicts = 0;
  auto out =
      BuildFamilies({Family("tailwatch_x_total", SeriesType::kCounter, {{"a", "1"}}, 1), empty,
                     Family("tailwatch_x_total", SeriesType::kCounter, {{"a", "2"}}, 2),
                     Family("tailwatch_x_total", SeriesType::kGauge, {{"a", "3"}}, 3)},
                    &conflicts);
  ASSERT_EQ(1u, out.size());
  EXPECT_EQ(2u, out[0].metric.size());
  EXPECT_EQ(1u, conflicts);
}

TEST(DynamicCollectableTest, CallsHooksAndSurvivesAThrowingOne) {
  DynamicCollectable collectable;
  collectable.AddHook([] {
    return std::vector<DynamicFamily>{
        Family("tailwatch_a_total", SeriesType::kCounter, {{"k", "v"}}, 1)};
  });
  collectable.AddHook([]() -> std::vector<DynamicFamily> { throw std::runtime_error("no"); });
  collectable.AddHook(
      [] { return std::vector<DynamicFamily>{Family("tailwatch_b", SeriesType::kGauge, {}, 2)}; });
  auto out = collectable.Collect();
  ASSERT_EQ(2u, out.size());
  EXPECT_EQ("tailwatch_a_total", out[0].name);
  EXPECT_EQ("tailwatch_b", out[1].name);
  EXPECT_EQ(1u, collectable.hook_failures());
}

}  // namespace
}  // namespace tailwatch::exporter

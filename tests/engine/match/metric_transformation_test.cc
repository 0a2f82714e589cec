// Spec section 2: metric transformation validation and value/dimension resolution.
#include "engine/match/metric_transformation.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace tailwatch::engine {
namespace {

MetricTransformationSpec Base() {
  MetricTransformationSpec spec;
  spec.metric_name = "AnomalyOccurrences";
  spec.metric_namespace = "AIWorkloadLogs";
  spec.metric_value = "1";
  return spec;
}

struct ValidateCase {
  std::string name;
  std::string pattern;
  std::function<void(MetricTransformationSpec&)> edit;
  std::string error_prefix;  // empty = valid
};

class ValidateTest : public testing::TestWithParam<ValidateCase> {};

TEST_P(ValidateTest, Validates) {
  const ValidateCase& c = GetParam();
  auto pattern = FilterPattern::Compile(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  MetricTransformationSpec spec = Base();
  c.edit(spec);
  const Status status = ValidateMetricTransformation(*pattern, spec);
  if (c.error_prefix.empty()) {
    EXPECT_TRUE(status.has_value()) << status.error().ToString();
  } else {
    ASSERT_FALSE(status.has_value());
    EXPECT_EQ(0u, status.error().message.rfind(c.error_prefix, 0)) << status.error().message;
  }
}

using S = MetricTransformationSpec;
INSTANTIATE_TEST_SUITE_P(
    Spec, ValidateTest,
    testing::Values(
        ValidateCase{"SeedExample", "Error Exception", [](S&) {}, ""},
        ValidateCase{"DecimalValue", "ERROR", [](S& s) { s.metric_value = "2.5"; }, ""},
        ValidateCase{"ScientificValue", "ERROR", [](S& s) { s.metric_value = "1e3"; }, ""},
        ValidateCase{"WordValue", "ERROR", [](S& s) { s.metric_value = "one"; },
                     "metric_transformation.value: "},
        ValidateCase{"EmptyValue", "ERROR", [](S& s) { s.metric_value = ""; },
                     "metric_transformation.value: "},
        ValidateCase{"ValueTooLong", "{ $.a = 1 }",
                     [](S& s) { s.metric_value = "$." + std::string(99, 'a'); },
                     "metric_transformation.value: "},
        ValidateCase{"ValueAt100", "{ $.a = 1 }",
                     [](S& s) { s.metric_value = "$." + std::string(98, 'a'); }, ""},
        ValidateCase{"JsonSelectorValue", "{ $.loss > 5 }", [](S& s) { s.metric_value = "$.loss"; },
                     ""},
        ValidateCase{"JsonNestedSelectorValue", "{ $.a = 1 }",
                     [](S& s) { s.metric_value = "$.m.latency[0]"; }, ""},
        ValidateCase{"JsonWildcardValue", "{ $.a = 1 }", [](S& s) { s.metric_value = "$.a[*]"; },
                     "metric_transformation.value: "},
        ValidateCase{"JsonBadSelector", "{ $.a = 1 }", [](S& s) { s.metric_value = "$..a"; },
                     "metric_transformation.value: "},
        ValidateCase{"SelectorOnTermsPattern", "ERROR", [](S& s) { s.metric_value = "$.a"; },
                     "metric_transformation.value: "},
        ValidateCase{"SpaceNamedValue", "[ts, level, bytes]",
                     [](S& s) { s.metric_value = "$bytes"; }, ""},
        ValidateCase{"SpacePositionValue", "[ts, level, ...]", [](S& s) { s.metric_value = "$4"; },
                     ""},
        ValidateCase{"SpaceUnknownField", "[ts, level]", [](S& s) { s.metric_value = "$bytes"; },
                     "metric_transformation.value: "},
        ValidateCase{"SpaceJsonSelector", "[ts, level]", [](S& s) { s.metric_value = "$.level"; },
                     "metric_transformation.value: "},
        ValidateCase{"EmptyName", "ERROR", [](S& s) { s.metric_name = ""; },
                     "metric_transformation.name: "},
        ValidateCase{"NameWithColon", "ERROR", [](S& s) { s.metric_name = "a:b"; },
                     "metric_transformation.name: "},
        ValidateCase{"NameWithStar", "ERROR", [](S& s) { s.metric_name = "a*"; },
                     "metric_transformation.name: "},
        ValidateCase{"NameWithDollar", "ERROR", [](S& s) { s.metric_name = "$a"; },
                     "metric_transformation.name: "},
        ValidateCase{"Name255", "ERROR", [](S& s) { s.metric_name = std::string(255, 'n'); }, ""},
        ValidateCase{"Name256", "ERROR", [](S& s) { s.metric_name = std::string(256, 'n'); },
                     "metric_transformation.name: "},
        ValidateCase{"NamespaceWithColon", "ERROR", [](S& s) { s.metric_namespace = "AWS:x"; },
                     "metric_transformation.namespace: "},
        ValidateCase{"EmptyNamespace", "ERROR", [](S& s) { s.metric_namespace = ""; },
                     "metric_transformation.namespace: "},
        ValidateCase{"DefaultValue", "ERROR", [](S& s) { s.default_value = 0; }, ""},
        ValidateCase{"DefaultWithDimensions", "{ $.a = 1 }",
                     [](S& s) {
                       s.default_value = 0;
                       s.dimensions = {{"Rank", "$.rank"}};
                     },
                     "metric_transformation.default_value: "},
        ValidateCase{"JsonDimension", "{ $.a = 1 }",
                     [](S& s) {
                       s.dimensions = {{"Rank", "$.rank"}};
                     },
                     ""},
        ValidateCase{"JsonWildcardDimension", "{ $.a = 1 }",
                     [](S& s) {
                       s.dimensions = {{"Rank", "$.ranks[*]"}};
                     },
                     "metric_transformation.dimensions.Rank: "},
        ValidateCase{"SpaceDimension", "[ts, level, ...]",
                     [](S& s) {
                       s.dimensions = {{"Level", "$level"}};
                     },
                     ""},
        ValidateCase{"SpacePositionDimension", "[ts, level, ...]",
                     [](S& s) {
                       s.dimensions = {{"Level", "$2"}};
                     },
                     "metric_transformation.dimensions.Level: "},
        ValidateCase{"LiteralDimension", "{ $.a = 1 }",
                     [](S& s) {
                       s.dimensions = {{"Rank", "3"}};
                     },
                     "metric_transformation.dimensions.Rank: "},
        ValidateCase{"DimensionsOnTerms", "ERROR",
                     [](S& s) {
                       s.dimensions = {{"R", "$.r"}};
                     },
                     "metric_transformation.dimensions: "},
        ValidateCase{"DimensionsOnRegex", "%ERR%",
                     [](S& s) {
                       s.dimensions = {{"R", "$.r"}};
                     },
                     "metric_transformation.dimensions: "},
        ValidateCase{"ThreeDimensions", "{ $.a = 1 }",
                     [](S& s) {
                       s.dimensions = {{"A", "$.a"}, {"B", "$.b"}, {"C", "$.c"}};
                     },
                     ""},
        ValidateCase{"FourDimensions", "{ $.a = 1 }",
                     [](S& s) {
                       s.dimensions = {{"A", "$.a"}, {"B", "$.b"}, {"C", "$.c"}, {"D", "$.d"}};
                     },
                     "metric_transformation.dimensions: "},
        ValidateCase{"DuplicateDimension", "{ $.a = 1 }",
                     [](S& s) {
                       s.dimensions = {{"A", "$.a"}, {"A", "$.b"}};
                     },
                     "metric_transformation.dimensions.A: "},
        ValidateCase{"UnitCount", "ERROR", [](S& s) { s.unit = "Count"; }, ""},
        ValidateCase{"UnitPerSecond", "ERROR", [](S& s) { s.unit = "Count/Second"; }, ""},
        ValidateCase{"UnitBogus", "ERROR", [](S& s) { s.unit = "Parsecs"; },
                     "metric_transformation.unit: "}),
    [](const testing::TestParamInfo<ValidateCase>& param_info) { return param_info.param.name; });

struct ResolveCase {
  std::string name;
  std::string pattern;
  std::string value;
  std::vector<std::pair<std::string, std::string>> dimensions;
  std::string message;
  std::optional<double> expected_value;  // nullopt: dropped
  std::optional<DropReason> expected_drop;
  std::vector<std::string> expected_dimensions;
};

class ResolveTest : public testing::TestWithParam<ResolveCase> {};

TEST_P(ResolveTest, Resolves) {
  const ResolveCase& c = GetParam();
  auto pattern = FilterPattern::Compile(c.pattern);
  ASSERT_TRUE(pattern.has_value()) << pattern.error().ToString();
  MetricTransformationSpec spec = Base();
  spec.metric_value = c.value;
  spec.dimensions = c.dimensions;
  auto compiled = CompiledTransformation::Compile(*pattern, spec);
  ASSERT_TRUE(compiled.has_value()) << compiled.error().ToString();
  EventContext ctx;
  ctx.Reset(c.message);
  ASSERT_TRUE(pattern->Matches(ctx)) << c.message;
  double value = -1;
  std::span<const std::string_view> dimensions;
  const std::optional<DropReason> drop = compiled->Resolve(ctx, &value, &dimensions);
  EXPECT_EQ(c.expected_drop, drop);
  if (c.expected_value) {
    ASSERT_FALSE(drop.has_value());
    EXPECT_DOUBLE_EQ(*c.expected_value, value);
    std::vector<std::string> got(dimensions.begin(), dimensions.end());
    EXPECT_EQ(c.expected_dimensions, got);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Spec, ResolveTest,
    testing::Values(
        ResolveCase{"Literal", "ERROR", "1", {}, "ERROR x", 1.0, std::nullopt, {}},
        ResolveCase{"JsonNumber",
                    "{ $.loss > 5 }",
                    "$.loss",
                    {},
                    "{\"loss\": 7.25}",
                    7.25,
                    std::nullopt,
                    {}},
        ResolveCase{"JsonInteger", "{ $.n = * }", "$.n", {}, "{\"n\": 42}", 42.0, std::nullopt, {}},
        // Recorded: "11.5" published 11.5; "banana" and a missing field nothing.
        ResolveCase{"JsonNumericString",
                    "{ $.v = * }",
                    "$.v",
                    {},
                    "{\"v\": \"11.5\"}",
                    11.5,
                    std::nullopt,
                    {}},
        ResolveCase{"JsonNonNumericString",
                    "{ $.v = * }",
                    "$.v",
                    {},
                    "{\"v\": \"banana\"}",
                    std::nullopt,
                    DropReason::kValue,
                    {}},
        ResolveCase{"JsonMissing",
                    "{ $.a = 1 }",
                    "$.v",
                    {},
                    "{\"a\": 1}",
                    std::nullopt,
                    DropReason::kValue,
                    {}},
        ResolveCase{"JsonBoolean",
                    "{ $.a = 1 }",
                    "$.v",
                    {},
                    "{\"a\": 1, \"v\": true}",
                    std::nullopt,
                    DropReason::kValue,
                    {}},
        ResolveCase{"JsonObject",
                    "{ $.a = 1 }",
                    "$.v",
                    {},
                    "{\"a\": 1, \"v\": {}}",
                    std::nullopt,
                    DropReason::kValue,
                    {}},
        ResolveCase{
            "MllogEvalAccuracy",
            "{ $.key = \"eval_accuracy\" }",
            "$.value",
            {},
            "{\"namespace\": \"\", \"key\": \"eval_accuracy\", \"value\": 0.3675832152366638}",
            0.3675832152366638,
            std::nullopt,
            {}},
        ResolveCase{"JsonDimensions",
                    "{ $.a = 1 }",
                    "1",
                    {{"Rank", "$.rank"}, {"Host", "$.host"}, {"Loss", "$.loss"}},
                    "{\"a\": 1, \"rank\": 3, \"host\": \"gpu-7\", \"loss\": 1.0}",
                    1.0,
                    std::nullopt,
                    {"3", "gpu-7", "1.0"}},
        ResolveCase{"JsonDimensionMissing",
                    "{ $.a = 1 }",
                    "1",
                    {{"Rank", "$.rank"}},
                    "{\"a\": 1}",
                    std::nullopt,
                    DropReason::kDimension,
                    {}},
        ResolveCase{"JsonDimensionNull",
                    "{ $.a = 1 }",
                    "1",
                    {{"Rank", "$.rank"}},
                    "{\"a\": 1, \"rank\": null}",
                    std::nullopt,
                    DropReason::kDimension,
                    {}},
        ResolveCase{"JsonDimensionNegativeAndDecimal",
                    "{ $.a = 1 }",
                    "1",
                    {{"A", "$.x"}, {"B", "$.y"}},
                    "{\"a\": 1, \"x\": -12, \"y\": 0.25}",
                    1.0,
                    std::nullopt,
                    {"-12", "0.25"}},
        ResolveCase{"SpaceNamed",
                    "[ts, level=ERROR, bytes]",
                    "$bytes",
                    {{"Level", "$level"}},
                    "2024-01-01 ERROR 1534",
                    1534.0,
                    std::nullopt,
                    {"ERROR"}},
        ResolveCase{"SpaceNonNumeric",
                    "[ts, level=ERROR, bytes]",
                    "$bytes",
                    {},
                    "2024-01-01 ERROR lots",
                    std::nullopt,
                    DropReason::kValue,
                    {}},
        ResolveCase{
            "SpacePosition", "[ts, level, ...]", "$3", {}, "t INFO 17 x", 17.0, std::nullopt, {}},
        ResolveCase{"SpacePositionBeyondTokens",
                    "[ts, level, ...]",
                    "$9",
                    {},
                    "t INFO 17 x",
                    std::nullopt,
                    DropReason::kValue,
                    {}}),
    [](const testing::TestParamInfo<ResolveCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace tailwatch::engine

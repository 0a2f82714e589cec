// Tests for JSON selectors (docs/cloudwatch-semantics.md §1.4): parsing,
// resolution, wildcard expansion and the rejected forms with their columns.
#include "engine/match/json_selector.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace tailwatch::engine {
namespace {

// `json` (which must be valid) as a DOM root owned by `parser`.
simdjson::dom::element Root(simdjson::dom::parser& parser, std::string_view json) {
  simdjson::dom::element root;
  EXPECT_EQ(simdjson::SUCCESS, parser.parse(json.data(), json.size()).get(root)) << json;
  return root;
}

struct SelectorCase {
  const char* name;
  const char* selector;
  const char* json;
  const char* expected;  // JSON text of the resolved node; nullptr = missing
  int wildcards;
};

class JsonSelectorTest : public testing::TestWithParam<SelectorCase> {};

TEST_P(JsonSelectorTest, Resolves) {
  const SelectorCase& c = GetParam();
  auto selector = JsonSelector::Parse(c.selector);
  ASSERT_TRUE(selector.has_value()) << selector.error().ToString();
  EXPECT_EQ(c.selector, selector->text());
  EXPECT_EQ(c.wildcards, selector->wildcard_count());
  EXPECT_EQ(c.wildcards > 0, selector->has_wildcard());
  simdjson::dom::parser parser;
  const simdjson::dom::element root = Root(parser, c.json);
  const std::optional<simdjson::dom::element> node = selector->Resolve(root);
  if (c.expected == nullptr) {
    EXPECT_FALSE(node.has_value());
  } else {
    ASSERT_TRUE(node.has_value());
    EXPECT_EQ(c.expected, simdjson::minify(*node));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Selectors, JsonSelectorTest,
    testing::Values(SelectorCase{"Key", "$.a", R"({"a":1})", "1", 0},
                    SelectorCase{"Path", "$.a.b", R"({"a":{"b":"x"}})", R"("x")", 0},
                    SelectorCase{"Index", "$.a[1]", R"({"a":[1,2]})", "2", 0},
                    SelectorCase{"IndexMissing", "$.a[5]", R"({"a":[1,2]})", nullptr, 0},
                    SelectorCase{"DottedKey", "$['a.b']", R"({"a.b":[3]})", "[3]", 0},
                    SelectorCase{"DotDottedKey", "$.['a.b'].c", R"({"a.b":{"c":null}})", "null", 0},
                    SelectorCase{"LastRepeated", "$.a", R"({"a":1,"a":{"z":2}})", R"({"z":2})", 0},
                    SelectorCase{"Missing", "$.q", R"({"a":1})", nullptr, 0},
                    SelectorCase{"WildcardFirst", "$.a[*]", R"({"a":[7,8]})", "7", 1},
                    SelectorCase{"DotWildcard", "$.*", R"({"a":5})", "5", 1},
                    SelectorCase{"WildcardEmpty", "$.a[*]", R"({"a":[]})", nullptr, 1}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

TEST(JsonSelectorTest, AnyOfVisitsEveryExpansionUntilTrue) {
  auto selector = JsonSelector::Parse("$.a[*].v");
  ASSERT_TRUE(selector.has_value());
  simdjson::dom::parser parser;
  const simdjson::dom::element root = Root(parser, R"({"a":[{"v":1},{"w":2},{"v":3},{"v":4}]})");
  std::vector<int64_t> seen;
  const bool found = selector->AnyOf(root, [&seen](simdjson::dom::element node) {
    int64_t v = 0;
    EXPECT_EQ(simdjson::SUCCESS, node.get_int64().get(v));
    seen.push_back(v);
    return v == 3;
  });
  EXPECT_TRUE(found);
  EXPECT_EQ((std::vector<int64_t>{1, 3}), seen);
}

struct SelectorErrorCase {
  const char* name;
  const char* selector;
  int column;
  const char* message;
};

class JsonSelectorErrorTest : public testing::TestWithParam<SelectorErrorCase> {};

TEST_P(JsonSelectorErrorTest, Rejects) {
  const SelectorErrorCase& c = GetParam();
  auto selector = JsonSelector::Parse(c.selector);
  ASSERT_FALSE(selector.has_value()) << c.selector;
  EXPECT_EQ(c.column, selector.error().column) << selector.error().message;
  EXPECT_NE(std::string::npos, selector.error().message.find(c.message))
      << selector.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    Rejected, JsonSelectorErrorTest,
    testing::Values(SelectorErrorCase{"Empty", "", 1, "starting with '$'"},
                    SelectorErrorCase{"NoDollar", "a.b", 1, "starting with '$'"},
                    SelectorErrorCase{"BareDollar", "$", 2, "expected '.' or '['"},
                    SelectorErrorCase{"TrailingText", "$.a b", 4, "unexpected character"},
                    SelectorErrorCase{"RecursiveDescent", "$..a", 2, "recursive descent"},
                    SelectorErrorCase{"TwoWildcards", "$.*[*]", 4, "at most one wildcard"},
                    SelectorErrorCase{"Negative", "$.a[-1]", 5, "negative"},
                    SelectorErrorCase{"Slice", "$.a[0:2]", 6, "slices"},
                    SelectorErrorCase{"HugeIndex", "$.a[12345678901]", 5, "too large"}),
    [](const auto& param_info) { return std::string(param_info.param.name); });

}  // namespace
}  // namespace tailwatch::engine

// EventContext: lazy, at-most-once JSON parse and token split per event.
#include "engine/match/event_context.h"

#include <gtest/gtest.h>

#include <string>

namespace tailwatch::engine {
namespace {

TEST(EventContextTest, NothingIsParsedUnlessAsked) {
  EventContext ctx;
  ctx.Reset("{\"a\":1}");
  EXPECT_EQ(0u, ctx.json_parse_count());
  EXPECT_EQ(0u, ctx.split_count());
}

TEST(EventContextTest, JsonParsedAtMostOncePerEvent) {
  EventContext ctx;
  ctx.Reset("{\"a\":1}");
  const simdjson::dom::element* first = ctx.Json();
  ASSERT_NE(nullptr, first);
  EXPECT_EQ(first, ctx.Json());
  EXPECT_EQ(1u, ctx.json_parse_count());
  EXPECT_EQ(1, int64_t(first->at_key("a").get_int64().value()));
  ctx.Reset("{\"a\":2}");
  ASSERT_NE(nullptr, ctx.Json());
  EXPECT_EQ(2u, ctx.json_parse_count());
  EXPECT_EQ(2, int64_t(ctx.Json()->at_key("a").get_int64().value()));
}

struct JsonCase {
  std::string name;
  std::string message;
  bool has_json;
};

class EventContextJsonTest : public testing::TestWithParam<JsonCase> {};

TEST_P(EventContextJsonTest, ObjectOrNothing) {
  EventContext ctx;
  ctx.Reset(GetParam().message);
  EXPECT_EQ(GetParam().has_json, ctx.Json() != nullptr);
  // A failed parse is remembered too: no second attempt.
  EXPECT_EQ(GetParam().has_json, ctx.Json() != nullptr);
  EXPECT_LE(ctx.json_parse_count(), 1u);
}

INSTANTIATE_TEST_SUITE_P(
    Spec, EventContextJsonTest,
    testing::Values(JsonCase{"Object", "{\"a\":1}", true},
                    JsonCase{"ObjectPaddedWithSpaces", " \t{\"a\":1}\r\n", true},
                    JsonCase{"EmptyObject", "{}", true}, JsonCase{"Array", "[1,2]", false},
                    JsonCase{"Number", "12", false}, JsonCase{"String", "\"x\"", false},
                    JsonCase{"Plain", "ERROR boom", false},
                    JsonCase{"TextPrefix", ":::MLLOG {\"key\": \"run_stop\"}", false},
                    JsonCase{"Truncated", "{\"a\":", false},
                    JsonCase{"TrailingGarbage", "{\"a\":1} x", false},
                    JsonCase{"Empty", "", false}),
    [](const testing::TestParamInfo<JsonCase>& param_info) { return param_info.param.name; });

TEST(EventContextTest, GrowingMessagesReuseOneContext) {
  EventContext ctx;
  for (int size : {10, 1000, 5000, 20, 100000}) {
    std::string message = "{\"k\":\"" + std::string(static_cast<size_t>(size), 'x') + "\"}";
    ctx.Reset(message);
    const simdjson::dom::element* root = ctx.Json();
    ASSERT_NE(nullptr, root) << size;
    EXPECT_EQ(static_cast<size_t>(size),
              std::string_view(root->at_key("k").get_string().value()).size());
  }
}

TEST(EventContextTest, TokensSplitOncePerEvent) {
  EventContext ctx;
  ctx.Reset("a b  \"c d\" [e f]");
  const auto& tokens = ctx.SpaceTokens();
  ASSERT_EQ(4u, tokens.size());
  EXPECT_EQ("c d", tokens[2].text);
  EXPECT_EQ("e f", tokens[3].text);
  EXPECT_EQ(&tokens, &ctx.SpaceTokens());
  EXPECT_EQ(1u, ctx.split_count());
  ctx.Reset("x");
  EXPECT_EQ(1u, ctx.SpaceTokens().size());
  EXPECT_EQ(2u, ctx.split_count());
}

TEST(EventContextTest, ResetClearsExtractedValues) {
  EventContext ctx;
  ctx.Reset("a");
  ctx.extracted_values().push_back({"$1", "a"});
  ctx.Reset("b");
  EXPECT_TRUE(ctx.extracted_values().empty());
}

}  // namespace
}  // namespace tailwatch::engine

// tailwatch's `regex:` filter kind: RE2 with named groups feeding values and
// dimensions, the lenient number rule for captures, NaN handling, and that
// the shared prefilter never changes a regex filter's result.
#include "engine/match/extended_regex.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "engine/match/filter_set.h"
#include "tests/engine/match/filter_test_util.h"

namespace tailwatch::engine {
namespace {

struct NumberCase {
  std::string name;
  std::string text;
  std::optional<double> want;  // nullopt: not a number; NaN checked by isnan
  bool nan = false;
};

class LenientNumberTest : public ::testing::TestWithParam<NumberCase> {};

TEST_P(LenientNumberTest, Parses) {
  const NumberCase& c = GetParam();
  const std::optional<double> got = ParseLenientNumber(c.text);
  if (c.nan) {
    ASSERT_TRUE(got.has_value());
    EXPECT_TRUE(std::isnan(*got));
  } else if (!c.want) {
    EXPECT_FALSE(got.has_value()) << *got;
  } else {
    ASSERT_TRUE(got.has_value());
    EXPECT_DOUBLE_EQ(*got, *c.want);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, LenientNumberTest,
    ::testing::Values(
        NumberCase{"MegatronExponent", "2.504220E+00", 2.50422},
        NumberCase{"Plain", "67.593", 67.593}, NumberCase{"Negative", "-1.5", -1.5},
        NumberCase{"Thousands", "5,856", 5856},
        NumberCase{"ThousandsTwice", "1,234,567.5", 1234567.5},
        NumberCase{"BadThousands", "1,23", std::nullopt},
        NumberCase{"Milliseconds", "1099.34ms", 1099.34},
        NumberCase{"SecondsNoConversion", "76.628s", 76.628},
        NumberCase{"Percent", "15.39%", 15.39}, NumberCase{"SpacesTrimmed", "  42 ", 42},
        NumberCase{"Nan", "nan", std::nullopt, true},
        NumberCase{"NanUpper", "NaN", std::nullopt, true},
        NumberCase{"MinusNan", "-nan", std::nullopt, true},
        NumberCase{"Inf", "inf", std::numeric_limits<double>::infinity()},
        NumberCase{"MinusInfinity", "-Infinity", -std::numeric_limits<double>::infinity()},
        NumberCase{"NanMs", "nanms", std::nullopt}, NumberCase{"UnitOnly", "ms", std::nullopt},
        NumberCase{"Empty", "", std::nullopt}, NumberCase{"InnerSpace", "12 34", std::nullopt},
        NumberCase{"Hex", "0x10", std::nullopt}, NumberCase{"KiloRate", "1.2kit", 1200},
        NumberCase{"KiloUpper", "3K", 3000}, NumberCase{"MegaTokens", "3.5Mtok", 3.5e6},
        NumberCase{"Giga", "2G", 2e9}, NumberCase{"LowerMIsNotMilli", "5ms", 5},
        NumberCase{"KiloThousands", "1,024k", 1024e3},
        NumberCase{"KiloAloneIsNoNumber", "k", std::nullopt}),
    [](const auto& tc) { return tc.param.name; });

TEST(ExtendedRegexTest, CompileErrors) {
  EXPECT_FALSE(ExtendedRegex::Compile("").has_value());
  EXPECT_FALSE(ExtendedRegex::Compile("(unclosed").has_value());
  EXPECT_FALSE(ExtendedRegex::Compile(std::string(1025, 'a')).has_value());
  EXPECT_TRUE(ExtendedRegex::Compile("(?P<loss>[0-9.]+)").has_value());
}

TEST(ExtendedRegexTest, GroupIndex) {
  auto re = ExtendedRegex::Compile("(a)(?P<loss>b)");
  ASSERT_TRUE(re.has_value());
  EXPECT_EQ(re->GroupIndex("1"), 1);
  EXPECT_EQ(re->GroupIndex("loss"), 2);
  EXPECT_EQ(re->GroupIndex("3"), 0);
  EXPECT_EQ(re->GroupIndex("nope"), 0);
}

TEST(FilterPatternTest, CloudWatchLanguageStaysCloudWatch) {
  // Groups are not CloudWatch regex syntax: `pattern:` keeps rejecting them.
  EXPECT_FALSE(FilterPattern::Compile("%(abc)%").has_value());
  auto extended = FilterPattern::CompileExtendedRegex("(abc)");
  ASSERT_TRUE(extended.has_value());
  EXPECT_EQ(extended->kind(), PatternKind::kExtendedRegex);
  EXPECT_EQ(extended->regex_count(), 0);
}

class Sink : public SampleSink {
 public:
  void OnFilterMatch(size_t) override {}
  void OnSample(const MetricSample& s) override {
    out << s.filter_index << "=" << s.value;
    for (std::string_view d : s.dimension_values) out << "[" << d << "]";
    out << ";";
  }
  void OnDrop(size_t i, DropReason r) override {
    out << i << (r == DropReason::kValue ? ":drop-value;" : ":drop-dim;");
  }
  std::string Take() {
    std::string s = out.str();
    out.str("");
    return s;
  }
  std::ostringstream out;
};

FilterSpec Regex(std::string name, std::string regex, std::string value,
                 std::vector<std::pair<std::string, std::string>> dims = {}) {
  FilterSpec spec = test_support::MakeFilterSpec(std::move(name), "", std::move(value),
                                                 std::nullopt, std::move(dims));
  spec.regex = std::move(regex);
  return spec;
}

struct LineCase {
  std::string name;
  std::string line;
  std::string want;
};

class RegexFilterTest : public ::testing::TestWithParam<LineCase> {
 protected:
  static FilterSet Build() {
    std::vector<FilterSpec> specs;
    specs.push_back(Regex("loss", R"(\| lm loss: (?P<loss>[^ |]+))", "$loss"));
    specs.push_back(Regex(
        "nccl",
        R"(Rank (?P<rank>\d+)\] Watchdog caught collective operation timeout: WorkNCCL\(SeqNum=\d+, OpType=(?P<op>\w+))",
        "1", {{"Rank", "$rank"}, {"OpType", "$op"}}));
    specs.push_back(Regex("tps", R"((?:^|\s|\x1b\[[0-9;]*m)tps:\s*(?P<tps>[0-9,.]+))", "$tps"));
    specs.push_back(Regex("stepavg", R"(step_avg:(?P<ms>\S+))", "$ms"));
    specs.push_back(
        Regex("optional", R"(Xid(?: \(PCI:(?P<pci>[^)]+)\))?: (\d+))", "$2", {{"Pci", "$pci"}}));
    // No literal at all: must still run on every event.
    specs.push_back(Regex("noliteral", R"(^\d+$)", "1"));
    // Alternatives: the first group that took part, times its factor.
    specs.push_back(Regex("steptime",
                          R"((?P<ms>[0-9.]+)ms/step|(?P<s>[0-9.]+)s/step|took (?P<us>\d+)us)",
                          "$ms|$s*1000|$us*0.001"));
    auto set = FilterSet::Compile(std::move(specs));
    EXPECT_TRUE(set.has_value()) << set.error().message;
    return std::move(*set);
  }
};

TEST_P(RegexFilterTest, Emits) {
  static const FilterSet set = Build();
  EventContext ctx;
  Sink sink;
  set.Process(GetParam().line, ctx, sink);
  EXPECT_EQ(sink.Take(), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Lines, RegexFilterTest,
    ::testing::Values(
        LineCase{"MegatronLoss",
                 " iteration       20/    1000 | consumed samples:           80 | lm loss: "
                 "1.203115E+01 | loss scale: 32768.0 |",
                 "0=12.0312;"},
        LineCase{"NanLossDropped", " iteration 3/ 10 | lm loss: nan | loss scale: 1.0 |",
                 "0:drop-value;"},
        LineCase{"RankPrefixedNcclTimeout",
                 "[rank4]:[E1206 18:44:12.755262105 ProcessGroupNCCL.cpp:607] [Rank 4] Watchdog "
                 "caught collective operation timeout: WorkNCCL(SeqNum=7753, "
                 "OpType=_REDUCE_SCATTER_BASE, NumelIn=1, NumelOut=1, Timeout(ms)=600000)",
                 "1=1[4][_REDUCE_SCATTER_BASE];"},
        LineCase{"AnsiColouredThousands",
                 "\x1b[31mstep: 10  \x1b[32mloss:  9.4520  \x1b[34mtps: 5,856  \x1b[35mmfu: 3%",
                 "2=5856;"},
        LineCase{"StepAvgMilliseconds", "step:5/10 train_time:100ms step_avg:1099.34ms",
                 "3=1099.34;"},
        LineCase{"StepAvgNanmsIsNoValue", "step:1/10 train_time:87786ms step_avg:nanms",
                 "3:drop-value;"},
        LineCase{"OptionalGroupMissingDropsDimension", "NVRM: Xid: 79, GPU fell off",
                 "4:drop-dim;"},
        LineCase{"OptionalGroupPresent", "NVRM: Xid (PCI:0000:44:00): 79, pid=1",
                 "4=79[0000:44:00];"},
        LineCase{"NoLiteralRegexRuns", "12345", "5=1;"}, LineCase{"NothingMatches", "hello", ""},
        LineCase{"FirstAlternative", "100/100 - 2s 20ms/step", "6=20;"},
        LineCase{"ScaledAlternative", "100/100 - 2s/step", "6=2000;"},
        LineCase{"FractionScale", "took 1500us", "6=1.5;"}),
    [](const auto& tc) { return tc.param.name; });

TEST(RegexFilterSetTest, BothPatternAndRegexIsAnError) {
  FilterSpec spec = Regex("x", "a", "1");
  spec.pattern = "a";
  auto set = FilterSet::Compile({spec});
  ASSERT_FALSE(set.has_value());
  EXPECT_NE(set.error().message.find("not both"), std::string::npos);
}

TEST(RegexFilterSetTest, RegexErrorsNameTheKey) {
  auto set = FilterSet::Compile({Regex("x", "(a", "1")});
  ASSERT_FALSE(set.has_value());
  EXPECT_NE(set.error().message.find("metric_filters[0] (x): regex: "), std::string::npos);
}

TEST(RegexFilterSetTest, UnknownGroupIsAnError) {
  auto set = FilterSet::Compile({Regex("x", "(?P<a>1)", "$b")});
  ASSERT_FALSE(set.has_value());
  EXPECT_NE(set.error().message.find("metric_transformation.value"), std::string::npos);
}

TEST(RegexFilterSetTest, ValueAlternativesAreChecked) {
  for (const char* bad : {"$a|", "$a|b", "$a*", "$a*x", "$a*0", "$a|$c", "$a*inf"}) {
    auto set = FilterSet::Compile({Regex("x", "(?P<a>1)|(?P<b>2)", bad)});
    ASSERT_FALSE(set.has_value()) << bad;
    EXPECT_NE(set.error().message.find("metric_transformation.value"), std::string::npos)
        << set.error().message;
  }
  EXPECT_TRUE(FilterSet::Compile({Regex("x", "(?P<a>1)|(?P<b>2)", "$a*1e3|$b*0.5|$1")}));
}

TEST(RegexFilterSetTest, ValueAlternativesNeedARegex) {
  // Other kinds keep CloudWatch's value rule: one reference, no factor.
  auto set = FilterSet::Compile({test_support::MakeFilterSpec("x", "[a, b]", "$a|$b")});
  EXPECT_FALSE(set.has_value());
}

TEST(RegexFilterSetTest, RegexFiltersDoNotCountAgainstCloudWatchQuota) {
  std::vector<FilterSpec> specs;
  for (int i = 0; i < 20; ++i)
    specs.push_back(Regex("r" + std::to_string(i), "x" + std::to_string(i), "1"));
  EXPECT_TRUE(FilterSet::Compile(std::move(specs)).has_value());
}

TEST(RegexFilterSetTest, WarmProcessKeepsGroupsBuffer) {
  auto set = FilterSet::Compile({Regex("x", "(?P<a>\\d+)-(?P<b>\\d+)", "$a", {{"B", "$b"}})});
  ASSERT_TRUE(set.has_value());
  EventContext ctx;
  Sink sink;
  set->Process("1-2", ctx, sink);
  const size_t capacity = ctx.regex_groups().capacity();
  set->Process("3-4", ctx, sink);
  EXPECT_EQ(ctx.regex_groups().capacity(), capacity);
  EXPECT_EQ(sink.Take(), "0=1[2];0=3[4];");
}

}  // namespace
}  // namespace tailwatch::engine

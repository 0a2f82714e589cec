#include "daemon/cloudwatch/wire_codecs.h"

#include <cbor.h>
#include <gtest/gtest.h>

#include <string>

namespace tailwatch::daemon::cloudwatch {
namespace {

TEST(QueryCodec, BuildsListsAndStructuresFromDottedKeys) {
  auto request = ParseQueryForm(
      "Action=PutMetricData&Version=2010-08-01&Namespace=App%2FWeb"
      "&MetricData.member.1.MetricName=Latency&MetricData.member.1.Value=12.5"
      "&MetricData.member.1.Dimensions.member.1.Name=Host"
      "&MetricData.member.1.Dimensions.member.1.Value=a+b"
      "&MetricData.member.2.MetricName=Errors&MetricData.member.2.Values.member.1=1"
      "&MetricData.member.2.Values.member.2=2");
  ASSERT_TRUE(request) << request.error().message;
  EXPECT_EQ(request->action, "PutMetricData");
  EXPECT_EQ(request->version, "2010-08-01");
  auto ns = GetString(request->params, "Namespace");
  ASSERT_TRUE(ns && *ns);
  EXPECT_EQ(**ns, "App/Web");
  auto data = GetList(request->params, "MetricData");
  ASSERT_TRUE(data);
  ASSERT_EQ(data->size(), 2u);
  auto value = GetDouble(*(*data)[0], "Value");
  ASSERT_TRUE(value && *value);
  EXPECT_DOUBLE_EQ(**value, 12.5);
  auto dims = GetList(*(*data)[0], "Dimensions");
  ASSERT_TRUE(dims);
  ASSERT_EQ(dims->size(), 1u);
  EXPECT_EQ(**GetString(*(*dims)[0], "Value"), "a b");
  auto values = GetList(*(*data)[1], "Values");
  ASSERT_TRUE(values);
  EXPECT_EQ(values->size(), 2u);
}

TEST(QueryCodec, EmptyListValueIsAnEmptyList) {
  auto request = ParseQueryForm("Action=DescribeAlarms&AlarmNames=");
  ASSERT_TRUE(request);
  auto names = GetList(request->params, "AlarmNames");
  ASSERT_TRUE(names);
  EXPECT_TRUE(names->empty());
}

TEST(QueryCodec, RefusesDuplicatesAndBadIndexes) {
  EXPECT_FALSE(ParseQueryForm("Action=X&A=1&A=2"));
  EXPECT_FALSE(ParseQueryForm("Action=X&A.member.0=1"));
  EXPECT_FALSE(ParseQueryForm("Action=X&A.member.x=1"));
  EXPECT_FALSE(ParseQueryForm("Action=X&A.member.99999999=1"));
  EXPECT_FALSE(ParseQueryForm("Action=X&A..B=1"));
}

TEST(QueryCodec, WritesResultXmlWithMembersEntriesAndEscapes) {
  AwsValue result = AwsValue::Map();
  AwsValue& list = result.Set("MetricAlarms", AwsValue::List());
  AwsValue& alarm = list.Push(AwsValue::Map());
  alarm.Set("AlarmName", AwsValue::String("a<b&c"));
  alarm.Set("StateUpdatedTimestamp", AwsValue::TimestampMs(1764979200123));
  alarm.Set("Threshold", AwsValue::Double(2.5));
  AwsValue& ext = alarm.Set("ExtendedStatistics", AwsValue::Dictionary());
  ext.Set("p99", AwsValue::Double(7));
  const std::string xml = QueryResponseXml(std::string("Describe") + "Alarms", result, "rid");
  EXPECT_NE(xml.find("<DescribeAlarmsResponse xmlns=\"http://monitoring.amazonaws.com/doc/"
                     "2010-08-01/\"><DescribeAlarmsResult><MetricAlarms><member>"
                     "<AlarmName>a&lt;b&amp;c</AlarmName>"
                     "<StateUpdatedTimestamp>2025-12-06T00:00:00.123Z</StateUpdatedTimestamp>"
                     "<Threshold>2.5</Threshold><ExtendedStatistics><entry><key>p99</key>"
                     "<value>7</value></entry></ExtendedStatistics></member></MetricAlarms>"
                     "</DescribeAlarmsResult><ResponseMetadata><RequestId>rid</RequestId>"),
            std::string::npos)
      << xml;
}

TEST(QueryCodec, ClosesEveryElementByName) {
  // The action name is a temporary here: the closing tags must not depend on it.
  AwsValue result = AwsValue::Map();
  result.Set("Label", AwsValue::String("x"));
  const std::string xml = QueryResponseXml(std::string("GetMetric") + "Statistics", result, "r");
  EXPECT_EQ(
      xml,
      "<GetMetricStatisticsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
      "<GetMetricStatisticsResult><Label>x</Label></GetMetricStatisticsResult>"
      "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
      "</GetMetricStatisticsResponse>");
}

TEST(QueryCodec, EmptyResultHasNoResultElement) {
  const std::string xml = QueryResponseXml("PutMetricData", AwsValue::Map(), "r1");
  EXPECT_EQ(xml.find("PutMetricDataResult"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<PutMetricDataResponse"), std::string::npos);
}

TEST(QueryCodec, ErrorXml) {
  const std::string xml = QueryErrorXml(ResourceNotFound("no such alarm"), "r2");
  EXPECT_NE(xml.find("<ErrorResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                     "<Error><Type>Sender</Type><Code>ResourceNotFound</Code>"
                     "<Message>no such alarm</Message></Error><RequestId>r2</RequestId>"),
            std::string::npos)
      << xml;
}

TEST(Json10Codec, ParsesTypedValues) {
  auto body = ParseJson10Body(
      R"({"Namespace":"N","StartTime":1764979200.5,"Period":60,"Flag":true,"L":["a"]})");
  ASSERT_TRUE(body) << body.error().message;
  EXPECT_EQ(**GetTimestampMs(*body, "StartTime"), 1764979200500);
  EXPECT_EQ(**GetInt(*body, "Period"), 60);
  EXPECT_TRUE(**GetBool(*body, "Flag"));
  EXPECT_EQ(GetList(*body, "L")->size(), 1u);
  EXPECT_TRUE(ParseJson10Body("")->members.empty());
}

TEST(Json10Codec, RefusesMalformedBodies) {
  EXPECT_EQ(ParseJson10Body("{").error().code, "SerializationException");
  EXPECT_EQ(ParseJson10Body("[1]").error().code, "SerializationException");
  std::string deep(100, '[');
  deep = "{\"a\":" + deep + std::string(100, ']') + "}";
  EXPECT_EQ(ParseJson10Body(deep).error().code, "SerializationException");
}

TEST(Json10Codec, WritesTimestampsAsEpochSecondsAndSkipsNulls) {
  AwsValue value = AwsValue::Map();
  value.Set("T", AwsValue::TimestampMs(1500));
  value.Set("N", AwsValue());
  value.Set("S", AwsValue::String("q\""));
  EXPECT_EQ(Json10Body(value), R"({"T":1.5,"S":"q\""})");
}

TEST(Json10Codec, ErrorStructureAndQueryErrorHeader) {
  const CloudWatchError error = InvalidParameterValue("bad");
  EXPECT_EQ(Json10Body(ErrorStructure(error)),
            R"({"__type":"com.amazonaws.cloudwatch#InvalidParameterValueException",)"
            R"("message":"bad"})");
  EXPECT_EQ(QueryErrorHeader(error), "InvalidParameterValue;Sender");
  EXPECT_EQ(QueryErrorHeader(ResourceNotFound("x")), "ResourceNotFound;Sender");
}

TEST(CborCodec, RoundTripsThroughLibcbor) {
  AwsValue value = AwsValue::Map();
  value.Set("Name", AwsValue::String("héllo"));
  value.Set("Count", AwsValue::Int(-42));
  value.Set("Big", AwsValue::Int(1LL << 40));
  value.Set("Ratio", AwsValue::Double(0.25));
  value.Set("When", AwsValue::TimestampMs(1764979200250));
  value.Set("On", AwsValue::Bool(true));
  AwsValue& list = value.Set("List", AwsValue::List());
  list.Push(AwsValue::String("x"));
  const std::string bytes = CborBody(value);
  auto back = ParseCborBody(bytes);
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(**GetString(*back, "Name"), "héllo");
  EXPECT_EQ(**GetInt(*back, "Count"), -42);
  EXPECT_EQ(**GetInt(*back, "Big"), 1LL << 40);
  EXPECT_DOUBLE_EQ(**GetDouble(*back, "Ratio"), 0.25);
  EXPECT_EQ(**GetTimestampMs(*back, "When"), 1764979200250);
  EXPECT_TRUE(**GetBool(*back, "On"));
  EXPECT_EQ(GetList(*back, "List")->size(), 1u);
  EXPECT_TRUE(CborBody(AwsValue::Map()) == std::string(1, '\xa0'));
}

TEST(CborCodec, ReadsIndefiniteLengthItems) {
  // {_ "A": (_ "he", "llo"), "B": [_ 1, 2]} as botocore may stream them.
  const unsigned char bytes[] = {0xbf, 0x61, 'A',  0x7f, 0x62, 'h',  'e',  0x63, 'l', 'l',
                                 'o',  0xff, 0x61, 'B',  0x9f, 0x01, 0x02, 0xff, 0xff};
  auto value = ParseCborBody(std::string(reinterpret_cast<const char*>(bytes), sizeof bytes));
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(**GetString(*value, "A"), "hello");
  EXPECT_EQ(GetList(*value, "B")->size(), 2u);
}

TEST(CborCodec, RefusesMalformedBodies) {
  EXPECT_EQ(ParseCborBody("\xa1").error().code, "SerializationException");      // truncated
  EXPECT_EQ(ParseCborBody("\x81\x01").error().code, "SerializationException");  // not a map
  EXPECT_EQ(ParseCborBody(std::string("\xa0\x00", 2)).error().code,
            "SerializationException");                                              // trailing byte
  EXPECT_EQ(ParseCborBody("\xa1\x01\x02").error().code, "SerializationException");  // int key
  EXPECT_EQ(ParseCborBody("\xa1\x61"
                          "A\xc2\x01")
                .error()
                .code,
            "SerializationException");
}

TEST(CborCodec, RefusesDeepNestingBeforeBuildingATree) {
  // A map holding a megabyte of nested one-item arrays: refused, not a stack overflow.
  std::string bytes =
      "\xa1\x61"
      "A";
  bytes.append(1 << 20, '\x81');
  bytes += '\x01';
  EXPECT_EQ(ParseCborBody(bytes).error().code, "SerializationException");
  std::string indefinite =
      "\xa1\x61"
      "A";
  indefinite.append(1 << 20, '\x9f');
  EXPECT_EQ(ParseCborBody(indefinite).error().code, "SerializationException");
  // Nesting within the limit, with tags and indefinite items, still parses.
  const unsigned char ok[] = {0xa1, 0x61, 'A',  0x81, 0x9f, 0xc1,
                              0x1a, 0x00, 0x00, 0x00, 0x01, 0xff};
  auto value = ParseCborBody(std::string(reinterpret_cast<const char*>(ok), sizeof ok));
  ASSERT_TRUE(value) << value.error().message;
  EXPECT_EQ(value->Find("A")->items.at(0).items.at(0).integer, 1000);
}

TEST(AwsValueAccessors, AcceptQueryTextForTypedMembers) {
  AwsValue request = AwsValue::Map();
  request.Set("Period", AwsValue::String("300"));
  request.Set("On", AwsValue::String("false"));
  request.Set("Start", AwsValue::String("2026-12-06T09:00:00.5+01:00"));
  request.Set("Bad", AwsValue::String("12x"));
  EXPECT_EQ(**GetInt(request, "Period"), 300);
  EXPECT_FALSE(**GetBool(request, "On"));
  EXPECT_EQ(**GetTimestampMs(request, "Start"), 1796544000500);
  EXPECT_FALSE(GetDouble(request, "Bad"));
  EXPECT_FALSE(*GetDouble(request, "Absent"));
}

TEST(AwsValueAccessors, ParsesIso8601) {
  EXPECT_EQ(ParseIso8601Ms("1970-01-01T00:00:00Z"), 0);
  EXPECT_EQ(ParseIso8601Ms("2026-12-06T09:00:00.123Z"), 1796547600123);
  EXPECT_EQ(ParseIso8601Ms("2026-12-06"), 1796515200000);
  EXPECT_FALSE(ParseIso8601Ms("2026-13-06T00:00:00Z"));
  EXPECT_FALSE(ParseIso8601Ms("yesterday"));
}

}  // namespace
}  // namespace tailwatch::daemon::cloudwatch

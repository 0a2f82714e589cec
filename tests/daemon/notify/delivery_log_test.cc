// DeliveryLog: the state of each (event, destination) through its
// attempts, the per-alarm bound, and the JSON of GET /api/v1/deliveries.
#include "daemon/notify/delivery_log.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>

namespace tailwatch::notify {
namespace {

OutboxRecord Record(std::string event_id, std::string destination,
                    std::string alarm = "anomalyAlarm") {
  OutboxRecord r;
  r.event_id = std::move(event_id);
  r.destination = std::move(destination);
  r.alarm_name = std::move(alarm);
  r.new_state = engine::AlarmState::kAlarm;
  r.created_ms = 1'700'000'000'000;
  return r;
}

DeliveryRecord Only(const DeliveryLog& log, const std::string& alarm) {
  const auto view = log.view();
  EXPECT_EQ(1u, view->at(alarm)->size());
  return view->at(alarm)->front();
}

TEST(DeliveryLogTest, PendingThenRetryingThenDelivered) {
  DeliveryLog log;
  const OutboxRecord r = Record("e1", "oncall");
  log.Update(r, DeliveryState::kPending, 0, r.created_ms);
  EXPECT_EQ(DeliveryState::kPending, Only(log, "anomalyAlarm").state);
  EXPECT_EQ(0, Only(log, "anomalyAlarm").last_attempt_ms);

  const auto before = log.view();  // readers keep what they took
  log.Update(r, DeliveryState::kRetrying, 1, r.created_ms + 10, "connect_error: refused");
  log.Update(r, DeliveryState::kRetrying, 2, r.created_ms + 20, "http_error: HTTP 503: busy");
  DeliveryRecord d = Only(log, "anomalyAlarm");
  EXPECT_EQ(DeliveryState::kRetrying, d.state);
  EXPECT_EQ(2, d.attempts);
  EXPECT_EQ(r.created_ms + 20, d.last_attempt_ms);
  EXPECT_EQ("http_error: HTTP 503: busy", d.error);
  EXPECT_EQ(DeliveryState::kPending, before->at("anomalyAlarm")->front().state);

  log.Update(r, DeliveryState::kDelivered, 3, r.created_ms + 60);
  d = Only(log, "anomalyAlarm");
  EXPECT_EQ(DeliveryState::kDelivered, d.state);
  EXPECT_EQ(3, d.attempts);
  EXPECT_EQ("", d.error);
}

TEST(DeliveryLogTest, EachDestinationOfAnEventIsItsOwnRecord) {
  DeliveryLog log;
  log.Update(Record("e1", "oncall"), DeliveryState::kDelivered, 1, 5);
  log.Update(Record("e1", "am"), DeliveryState::kFailed, 1, 6, "rejected: HTTP 400: bad");
  log.Update(Record("e2", "oncall"), DeliveryState::kDropped, 0, 7, "outbox full");
  log.Update(Record("x1", "oncall", "otherAlarm"), DeliveryState::kPending, 0, 8);
  const auto view = log.view();
  ASSERT_EQ(3u, view->at("anomalyAlarm")->size());
  EXPECT_EQ(DeliveryState::kFailed, view->at("anomalyAlarm")->at(1).state);
  EXPECT_EQ(DeliveryState::kDropped, view->at("anomalyAlarm")->at(2).state);
  EXPECT_EQ(1u, view->at("otherAlarm")->size());
}

TEST(DeliveryLogTest, KeepsTheLastDeliveriesPerAlarm) {
  DeliveryLog log;
  for (size_t i = 0; i < kDeliveriesPerAlarm + 7; ++i) {
    log.Update(Record("e" + std::to_string(i), "oncall"), DeliveryState::kDelivered, 1,
               int64_t(i) + 1);
  }
  const auto records = log.view()->at("anomalyAlarm");
  ASSERT_EQ(kDeliveriesPerAlarm, records->size());
  EXPECT_EQ("e7", records->front().event_id);
  EXPECT_EQ("e" + std::to_string(kDeliveriesPerAlarm + 6), records->back().event_id);
}

TEST(DeliveryLogTest, JsonListsNewestFirstWithTheirState) {
  DeliveryLog log;
  const OutboxRecord first = Record("e1", "oncall");
  const OutboxRecord second = Record("e2", "dead\"<img>");
  log.Update(first, DeliveryState::kDelivered, 1, first.created_ms + 1500);
  log.Update(second, DeliveryState::kPending, 0, second.created_ms);
  log.Update(second, DeliveryState::kRetrying, 4, second.created_ms + 2000, "timeout: no reply");
  const std::string json = DeliveriesJson(log.view().get(), "anomalyAlarm");
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(simdjson::SUCCESS, parser.parse(json).get(doc)) << json;
  EXPECT_EQ("anomalyAlarm", std::string_view(doc["alarm"].get_string()));
  simdjson::dom::array list = doc["deliveries"].get_array();
  ASSERT_EQ(2u, list.size());
  simdjson::dom::element newest = list.at(0);
  EXPECT_EQ("e2", std::string_view(newest["event_id"].get_string()));
  EXPECT_EQ("dead\"<img>", std::string_view(newest["target"].get_string()));
  EXPECT_EQ("ALARM", std::string_view(newest["to"].get_string()));
  EXPECT_EQ("retrying", std::string_view(newest["state"].get_string()));
  EXPECT_EQ(4, int64_t(newest["attempts"].get_int64()));
  EXPECT_EQ("2023-11-14T22:13:20.000Z", std::string_view(newest["created"].get_string()));
  EXPECT_EQ("2023-11-14T22:13:22.000Z", std::string_view(newest["last_attempt"].get_string()));
  EXPECT_EQ("timeout: no reply", std::string_view(newest["error"].get_string()));
  EXPECT_EQ("delivered", std::string_view(list.at(1)["state"].get_string()));
  EXPECT_EQ("", std::string_view(list.at(1)["error"].get_string()));

  log.Update(Record("e3", "oncall"), DeliveryState::kPending, 0, 1);
  ASSERT_EQ(simdjson::SUCCESS,
            parser.parse(DeliveriesJson(log.view().get(), "anomalyAlarm")).get(doc));
  EXPECT_TRUE(doc["deliveries"].at(0)["last_attempt"].is_null());
  EXPECT_EQ(R"({"alarm":"none","deliveries":[]})", DeliveriesJson(log.view().get(), "none"));
  EXPECT_EQ(R"({"alarm":"none","deliveries":[]})", DeliveriesJson(nullptr, "none"));
}

}  // namespace
}  // namespace tailwatch::notify

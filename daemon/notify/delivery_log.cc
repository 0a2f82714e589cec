#include "daemon/notify/delivery_log.h"

#include <algorithm>
#include <utility>

#include "engine/alarm/format.h"

namespace tailwatch::notify {
namespace {

// An error text is a reply body's start at most; the page shows one line.
constexpr size_t kMaxErrorBytes = 300;

int64_t LastUpdate(const std::vector<DeliveryRecord>& records) {
  int64_t last = 0;
  for (const DeliveryRecord& r : records) last = std::max(last, r.updated_ms);
  return last;
}

}  // namespace

std::string_view DeliveryStateName(DeliveryState state) {
  switch (state) {
    case DeliveryState::kPending:
      return "pending";
    case DeliveryState::kRetrying:
      return "retrying";
    case DeliveryState::kDelivered:
      return "delivered";
    case DeliveryState::kFailed:
      return "failed";
    case DeliveryState::kDropped:
      return "dropped";
  }
  return "pending";
}

void DeliveryLog::Update(const OutboxRecord& record, DeliveryState state, int attempts,
                         int64_t time_ms, std::string_view error) {
  std::lock_guard<std::mutex> lock(mu_);
  auto next = std::make_shared<DeliveriesView>(*view_);
  const auto found = next->find(record.alarm_name);
  std::vector<DeliveryRecord> records;
  if (found != next->end() && found->second) records = *found->second;
  auto it = std::find_if(records.rbegin(), records.rend(), [&](const DeliveryRecord& r) {
    return r.event_id == record.event_id && r.destination == record.destination;
  });
  DeliveryRecord* entry = nullptr;
  if (it != records.rend()) {
    entry = &*it;
  } else {
    if (records.size() >= kDeliveriesPerAlarm) records.erase(records.begin());
    DeliveryRecord fresh;
    fresh.event_id = record.event_id;
    fresh.destination = record.destination;
    fresh.new_state = record.new_state;
    fresh.created_ms = record.created_ms;
    records.push_back(std::move(fresh));
    entry = &records.back();
  }
  entry->state = state;
  entry->attempts = std::max(entry->attempts, attempts);
  if (attempts > 0) entry->last_attempt_ms = time_ms;
  if (!error.empty()) entry->error = std::string(error.substr(0, kMaxErrorBytes));
  if (state == DeliveryState::kDelivered) entry->error.clear();
  entry->updated_ms = time_ms;
  (*next)[record.alarm_name] =
      std::make_shared<const std::vector<DeliveryRecord>>(std::move(records));
  if (next->size() > kMaxDeliveryNames) {
    auto oldest = next->end();
    int64_t oldest_ms = 0;
    for (auto i = next->begin(); i != next->end(); ++i) {
      if (i->first == record.alarm_name) continue;
      const int64_t last = LastUpdate(*i->second);
      if (oldest == next->end() || last < oldest_ms) {
        oldest = i;
        oldest_ms = last;
      }
    }
    if (oldest != next->end()) next->erase(oldest);
  }
  view_ = std::move(next);
}

std::shared_ptr<const DeliveriesView> DeliveryLog::view() const {
  std::lock_guard<std::mutex> lock(mu_);
  return view_;
}

std::string DeliveriesJson(const DeliveriesView* view, const std::string& alarm) {
  std::string out = "{\"alarm\":";
  engine::AppendJsonString(out, alarm);
  out += ",\"deliveries\":[";
  if (view != nullptr) {
    if (auto it = view->find(alarm); it != view->end() && it->second) {
      const std::vector<DeliveryRecord>& records = *it->second;
      for (size_t i = records.size(); i-- > 0;) {
        const DeliveryRecord& r = records[i];
        out += "{\"event_id\":";
        engine::AppendJsonString(out, r.event_id);
        out += ",\"target\":";
        engine::AppendJsonString(out, r.destination);
        out += ",\"to\":";
        engine::AppendJsonString(out, engine::AlarmStateName(r.new_state));
        out += ",\"state\":";
        engine::AppendJsonString(out, DeliveryStateName(r.state));
        out += ",\"attempts\":" + std::to_string(r.attempts);
        out += ",\"created\":";
        engine::AppendJsonString(out, engine::FormatIso8601(r.created_ms));
        out += ",\"last_attempt\":";
        if (r.last_attempt_ms > 0) {
          engine::AppendJsonString(out, engine::FormatIso8601(r.last_attempt_ms));
        } else {
          out += "null";
        }
        out += ",\"error\":";
        engine::AppendJsonString(out, r.error);
        out += '}';
        if (i > 0) out += ',';
      }
    }
  }
  out += "]}";
  return out;
}

}  // namespace tailwatch::notify

// What became of each notification: per alarm (or log-anomaly detector), the
// last kDeliveriesPerAlarm (event, destination) pairs the notifier handled,
// each with its delivery state, attempts and last error, for the status page
// (GET /api/v1/deliveries).
//
//   pending   staged in the outbox, not tried yet (also: resumed after a restart)
//   retrying  an attempt failed; the next waits for its backoff
//   delivered a 2xx came back; the record left the outbox
//   failed    given up: rejected (a 4xx retrying cannot fix) or max_attempts
//             reached; the record left the outbox
//   dropped   pushed out of a full outbox before it was delivered
//
// Memory only: a restart starts it from the records its outbox still holds
// (pending); what was delivered before is in the receivers' logs and the
// self-metrics. Bounded: kDeliveriesPerAlarm records per name, at most
// kMaxDeliveryNames names (the least recently updated goes first).
//
// Thread safety: Update from any thread (the notifier's workers); view()
// hands out an immutable copy that readers keep as long as they like, so
// they never touch the notifier's state nor wait for a delivery.
#ifndef TAILWATCH_DAEMON_NOTIFY_DELIVERY_LOG_H_
#define TAILWATCH_DAEMON_NOTIFY_DELIVERY_LOG_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/notify/outbox.h"

namespace tailwatch::notify {

inline constexpr size_t kDeliveriesPerAlarm = 50;
inline constexpr size_t kMaxDeliveryNames = 1000;

enum class DeliveryState { kPending, kRetrying, kDelivered, kFailed, kDropped };

std::string_view DeliveryStateName(DeliveryState state);

struct DeliveryRecord {
  std::string event_id;
  std::string destination;  // target name or SNS topic ARN
  engine::AlarmState new_state = engine::AlarmState::kAlarm;
  int64_t created_ms = 0;  // when the event entered the outbox
  DeliveryState state = DeliveryState::kPending;
  int attempts = 0;
  int64_t last_attempt_ms = 0;  // 0: none yet
  std::string error;            // the last failed attempt's, or why it was given up
  int64_t updated_ms = 0;       // last change (ordering of names)

  friend bool operator==(const DeliveryRecord&, const DeliveryRecord&) = default;
};

// Name -> its records, oldest first.
using DeliveriesView = std::map<std::string, std::shared_ptr<const std::vector<DeliveryRecord>>>;

// {"alarm":NAME,"deliveries":[newest first: {"event_id":..,"target":..,"to":..,
//   "state":..,"attempts":..,"created":ISO,"last_attempt":ISO|null,"error":..}]}
std::string DeliveriesJson(const DeliveriesView* view, const std::string& alarm);

class DeliveryLog {
 public:
  // Records the state of `record`'s delivery: the pair (event id,
  // destination) is updated in place, or appended when new.
  void Update(const OutboxRecord& record, DeliveryState state, int attempts, int64_t time_ms,
              std::string_view error = {});

  std::shared_ptr<const DeliveriesView> view() const;

 private:
  mutable std::mutex mu_;
  std::shared_ptr<const DeliveriesView> view_ =
      std::make_shared<const DeliveriesView>();  // GUARDED_BY(mu_)
};

}  // namespace tailwatch::notify

#endif  // TAILWATCH_DAEMON_NOTIFY_DELIVERY_LOG_H_

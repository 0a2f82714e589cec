// The notify stage: turns alarm state changes into deliveries to the targets
// named in an alarm's actions (docs/notifications.md), at least once.
//
//   Enqueue (engine strand) --render--> Outbox (one per destination, staged)
//                                                 |
//                                  one worker thread per destination:
//                                  send the oldest record, remove it on 2xx,
//                                  else back off (exponential, jittered, capped)
//
// Destinations: an action equal to a target name is that target; an SNS topic
// ARN is the `sns` target whose topic_arn it is (its endpoint, region and
// credentials), or else an implicit SNS destination with AWS defaults (the
// regional endpoint, the default credential chain) keyed by the ARN itself.
//
// Ordering: per destination, events go out in the order they were enqueued;
// the head is retried until it succeeds, is rejected (a 4xx other than 408 and
// 429: retrying cannot help) or runs out of max_attempts; only then does the
// next one go. Across destinations there is no ordering.
//
// Enqueue stages records in memory, so delivery starts at once and no fsync
// sits between a line and its page; Persist, which the daemon runs before
// every checkpoint, writes what is still undelivered, so a state change the
// engine checkpointed has its notification on disk (and one it did not is
// produced again after a restart). Stop writes what is left. Start() picks up
// what an earlier run left in the outbox.
//
// Each record's delivery state (pending, retrying, delivered, failed,
// dropped; daemon/notify/delivery_log.h) goes into a DeliveryLog whose
// immutable view the daemon publishes in its snapshot.
//
// Self-metrics (label `target` = destination name):
//   tailwatch_notifications_total{target,result}  one per attempt: delivered,
//     http_error (5xx/408/429), rejected, connect_error, tls_error, timeout,
//     protocol_error, credentials_error, config_error
//   tailwatch_notification_retries_total{target}
//   tailwatch_notifications_dropped_total{target,reason}  outbox_full,
//     max_attempts, rejected, write_error
//   tailwatch_notification_outbox_events{target}, and
//   tailwatch_notification_outbox_oldest_age_seconds{target} (0 when empty)
//
// Thread safety: Enqueue, Reload and Stop may be called from any one thread
// at a time (the daemon calls them on its engine strand); Persist from any
// thread (the daemon's checkpoint writer), concurrently with them; workers
// are internal. Stop() joins the workers (a request in flight finishes or times
// out first); the destructor stops.
#ifndef TAILWATCH_DAEMON_NOTIFY_NOTIFIER_H_
#define TAILWATCH_DAEMON_NOTIFY_NOTIFIER_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "daemon/export/metrics_registry.h"
#include "daemon/notify/aws_credentials.h"
#include "daemon/notify/delivery_log.h"
#include "engine/alarm/alarm_event.h"
#include "engine/alarm/alarm_spec.h"
#include "engine/common/status.h"

namespace tailwatch::notify {

struct NotifierOptions {
  std::string outbox_dir;                // normally state_dir + "/outbox"
  size_t max_outbox_events = 1000;       // per destination
  GetEnv getenv = ProcessEnv;            // for the AWS credential chain
  std::function<int64_t()> wall_now_ms;  // default: the system clock
  uint64_t jitter_seed = 0;              // 0: random
};

// The delay before retry number `failures` (1 = after the first failure):
// min(max_ms, initial_ms * 2^(failures-1)) = d, then "equal jitter":
// d/2 + random % (d/2 + 1), so it lies in [d/2, d].
int64_t BackoffMs(int failures, int initial_ms, int max_ms, uint64_t random);

// Where one action goes.
struct Destination {
  std::string name;             // the worker/metric key: target name or ARN
  config::TargetConfig target;  // for an implicit ARN: type sns, name = ARN
  std::string topic_arn;        // sns: the topic to publish to
};
// Resolves `action` against `config` (see above); nullopt when it names no
// target and is no SNS ARN.
std::optional<Destination> ResolveAction(std::string_view action, const config::Config& config);

class Notifier {
 public:
  // `metrics` may be null (tests); it must outlive the Notifier.
  Notifier(NotifierOptions options, exporter::MetricsRegistry* metrics);
  ~Notifier();
  Notifier(const Notifier&) = delete;
  Notifier& operator=(const Notifier&) = delete;

  // Takes `config` and resumes delivery of every outbox found under
  // outbox_dir. An error only when outbox_dir cannot be created.
  Status Start(const config::Config& config);

  // Writes one record per action of `spec` for event.new_state (none when
  // actions are disabled) and wakes the destinations' workers.
  void Enqueue(const engine::AlarmEvent& event, const engine::AlarmSpec& spec);

  // New target settings apply from the next attempt; destinations no longer
  // configured keep delivering what they hold with their last settings.
  // An event that is not an alarm change (a log anomaly): `json_body` goes
  // to webhook and SNS targets, `alertmanager_body` (v2 alerts JSON) to
  // Alertmanager targets; same outbox, ordering and retries as alarms.
  void EnqueueEvent(const std::vector<std::string>& actions, const std::string& event_id,
                    const std::string& name, const std::string& json_body,
                    const std::string& alertmanager_body, const std::string& subject);
  void Reload(const config::Config& config);

  void Stop();

  // Writes every staged record durably (see above); the first error, with
  // the records it could not write left staged for the next call.
  Status Persist();

  // The last deliveries per alarm, as of now: an immutable copy.
  std::shared_ptr<const DeliveriesView> Deliveries() const { return deliveries_->view(); }

  // Records waiting for `destination` (tests, /metrics).
  size_t Pending(std::string_view destination) const;
  // Waits until every outbox is empty; false on timeout.
  bool WaitIdle(int timeout_ms) const;

  struct Worker;
  struct Shared;

 private:
  Worker* WorkerFor(const Destination& destination);

  NotifierOptions options_;
  exporter::MetricsRegistry* metrics_;
  std::shared_ptr<Shared> shared_;
  std::shared_ptr<DeliveryLog> deliveries_ = std::make_shared<DeliveryLog>();
  mutable std::mutex mu_;
  config::Config config_;                                   // GUARDED_BY(mu_)
  std::map<std::string, std::shared_ptr<Worker>> workers_;  // GUARDED_BY(mu_)
  std::mutex persist_mu_;                                   // one Persist at a time
  bool stopped_ = false;
};

}  // namespace tailwatch::notify

#endif  // TAILWATCH_DAEMON_NOTIFY_NOTIFIER_H_

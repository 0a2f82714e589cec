// The CloudWatch API (service `monitoring`, 2010-08-01) on the daemon's one
// listener, in the three wire protocols current clients speak
// (docs/aws-api.md):
//   POST /  Content-Type application/x-www-form-urlencoded, Action=<Op>  (query)
//   POST /  X-Amz-Target: GraniteServiceVersion20100801.<Op>            (AWS JSON 1.0)
//   POST /service/GraniteServiceVersion20100801/operation/<Op>,
//           smithy-protocol: rpc-v2-cbor                                 (CBOR)
// POST / is shared with the Logs API (ingest_routes.h), which hands these
// requests over through IsCloudWatchRequest / HandleCloudWatchRequest.
//
// Every operation checks the listener's token like the Logs API (bearer or
// the SigV4 access key id). Alarm reads come from the published snapshot;
// metric store reads and PutMetricData run on the engine strand through
// CloudWatchEngine, after the request was validated; alarm definitions
// change through DefinitionsEditor (alarm_definition_ops.h).
#ifndef TAILWATCH_DAEMON_CLOUDWATCH_CLOUDWATCH_ROUTES_H_
#define TAILWATCH_DAEMON_CLOUDWATCH_CLOUDWATCH_ROUTES_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "daemon/common/definitions_editor.h"
#include "daemon/http/http_server.h"
#include "daemon/runtime/engine_snapshot.h"
#include "engine/aggregate/metric_store.h"
#include "engine/anomaly/band_tracker.h"

namespace tailwatch::daemon::cloudwatch {

// The engine strand as the CloudWatch API needs it. Thread-safe.
class CloudWatchEngine {
 public:
  virtual ~CloudWatchEngine() = default;
  // Runs `work` once on the engine strand with the live metric store, or
  // with nullptr when the daemon is stopping. `writes`: the store changes,
  // so readers get a new snapshot afterwards.
  virtual void WithMetricStore(std::function<void(engine::MetricStore*)> work, bool writes) = 0;
  // Runs `work` once on the engine strand with the live metric store and
  // the band models of the alarms and anomaly detectors (GetMetricData's
  // ANOMALY_DETECTION_BAND), or with nullptrs when the daemon is stopping.
  virtual void WithMetricsAndBands(
      std::function<void(const engine::MetricStore*, const engine::anomaly::BandTracker*)>
          work) = 0;
  // CloudWatch's SetAlarmState on the engine strand: the transition is
  // persisted in the alarm history and notified like an evaluated one.
  // `done(found)` is called once; found is false for an unknown alarm (and
  // when the daemon is stopping, with `stopping` true).
  virtual void SetAlarmState(std::string name, engine::AlarmState state, std::string reason,
                             std::string reason_data_json,
                             std::function<void(bool found, bool stopping)> done) = 0;
};

struct CloudWatchApiOptions {
  std::string auth_token;  // empty = no auth required
  std::string region = "us-east-1";
  size_t max_decoded_body_bytes = 8 << 20;  // gzip'ed PutMetricData bodies
  // Wall clock in epoch ms (PutMetricData's default timestamp and window).
  std::function<int64_t()> wall_clock_ms;
  const SnapshotCell<EngineSnapshot>* snapshots = nullptr;  // must outlive the server
  CloudWatchEngine* engine = nullptr;                       // must outlive the server
  // PutMetricAlarm, DeleteAlarms, Enable/DisableAlarmActions (must outlive
  // the server). Null: they answer ServiceUnavailable.
  DefinitionsEditor* definitions = nullptr;
};

class CloudWatchApi;

// Registers the CBOR routes and returns the handler that POST / delegates to.
std::shared_ptr<CloudWatchApi> RegisterCloudWatchRoutes(http::HttpServer& server,
                                                        CloudWatchApiOptions options);

// Whether a POST / is for CloudWatch: a Granite X-Amz-Target, or a form
// body (the Logs API never sends one).
bool IsCloudWatchRequest(const http::HttpRequest& request);
void HandleCloudWatchRequest(const std::shared_ptr<CloudWatchApi>& api, http::HttpRequest&& request,
                             http::Responder respond);

}  // namespace tailwatch::daemon::cloudwatch

#endif  // TAILWATCH_DAEMON_CLOUDWATCH_CLOUDWATCH_ROUTES_H_

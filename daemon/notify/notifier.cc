#include "daemon/notify/notifier.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <random>
#include <thread>
#include <vector>

#include "daemon/common/log.h"
#include "daemon/notify/http_client.h"
#include "daemon/notify/outbox.h"
#include "daemon/notify/payloads.h"
#include "daemon/notify/sigv4.h"

namespace tailwatch::notify {
namespace {

int64_t SystemNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

HttpClientOptions ClientOptionsFor(const config::TargetConfig& target) {
  HttpClientOptions o;
  o.ca_file = target.ca_file;
  o.timeout_ms = target.timeout_ms;
  o.user_agent = std::string("tailwatch/") + TAILWATCH_VERSION;
  return o;
}

// The outcome of one delivery attempt.
struct Attempt {
  std::string result;  // the tailwatch_notifications_total result label
  bool delivered = false;
  bool permanent = false;  // retrying cannot help: drop
  std::string detail;
};

// The result label of a request that got no HTTP reply.
std::string_view TransportResult(ErrorCode code) {
  switch (code) {
    case ErrorCode::kTimeout:
      return "timeout";
    case ErrorCode::kConnect:
      return "connect_error";
    case ErrorCode::kTls:
      return "tls_error";
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kProtocol:
      break;
  }
  return "protocol_error";
}

Attempt FromHttp(Result<HttpReply> reply) {
  if (!reply) {
    return {std::string(TransportResult(reply.error().code)), false, false, reply.error().message};
  }
  const int status = reply->status;
  if (status >= 200 && status < 300) return {"delivered", true, false, ""};
  std::string detail = "HTTP " + std::to_string(status) + ": " + reply->body.substr(0, 200);
  if (status >= 400 && status < 500 && status != 408 && status != 429) {
    return {"rejected", false, true, detail};
  }
  return {"http_error", false, false, detail};
}

}  // namespace

int64_t BackoffMs(int failures, int initial_ms, int max_ms, uint64_t random) {
  const int64_t cap = std::max(1, max_ms);
  int64_t d = std::max(1, initial_ms);
  for (int i = 1; i < failures && d < cap; ++i) d *= 2;
  d = std::min(d, cap);
  return d / 2 + static_cast<int64_t>(random % static_cast<uint64_t>(d / 2 + 1));
}

std::optional<Destination> ResolveAction(std::string_view action, const config::Config& config) {
  for (const config::TargetConfig& t : config.targets) {
    if (t.name == action) {
      return Destination{t.name, t, t.type == config::TargetConfig::Type::kSns ? t.topic_arn : ""};
    }
  }
  if (!ParseSnsTopicArn(action)) return std::nullopt;
  for (const config::TargetConfig& t : config.targets) {
    if (t.type == config::TargetConfig::Type::kSns && t.topic_arn == action) {
      return Destination{t.name, t, std::string(action)};
    }
  }
  Destination d;
  d.name = std::string(action);
  d.target.name = d.name;
  d.target.type = config::TargetConfig::Type::kSns;
  d.target.topic_arn = d.name;
  d.topic_arn = d.name;
  return d;
}

// Outbox gauges, read by the /metrics collect hook (which may outlive the
// Notifier, hence shared).
struct Notifier::Shared {
  struct Gauges {
    std::atomic<size_t> depth{0};
    std::atomic<int64_t> oldest_ms{0};
  };
  std::function<int64_t()> now;
  mutable std::mutex mu;
  std::map<std::string, std::shared_ptr<Gauges>> gauges;  // GUARDED_BY(mu)

  std::shared_ptr<Gauges> For(const std::string& name) {
    std::lock_guard<std::mutex> lock(mu);
    auto& g = gauges[name];
    if (!g) g = std::make_shared<Gauges>();
    return g;
  }

  std::vector<exporter::DynamicFamily> Collect() const {
    using exporter::DynamicFamily;
    using exporter::SeriesType;
    DynamicFamily depth{"tailwatch_notification_outbox_events",
                        "Alarm notifications waiting in the durable outbox, by target.",
                        SeriesType::kGauge,
                        {}};
    DynamicFamily age{"tailwatch_notification_outbox_oldest_age_seconds",
                      "Age of the oldest undelivered notification, by target (0: none).",
                      SeriesType::kGauge,
                      {}};
    const int64_t now_ms = now();
    std::lock_guard<std::mutex> lock(mu);
    for (const auto& [name, g] : gauges) {
      const int64_t oldest = g->oldest_ms.load();
      depth.series.push_back({{{"target", name}}, double(g->depth.load())});
      age.series.push_back(
          {{{"target", name}},
           oldest == 0 ? 0.0 : std::max<double>(0, double(now_ms - oldest) / 1000.0)});
    }
    return {std::move(depth), std::move(age)};
  }
};

struct Notifier::Worker {
  Worker(std::string n, const NotifierOptions& o, exporter::MetricsRegistry* m,
         std::shared_ptr<Shared::Gauges> g, std::shared_ptr<DeliveryLog> d)
      : name(std::move(n)), options(o), metrics(m), gauges(std::move(g)), deliveries(std::move(d)) {
    if (metrics != nullptr) {
      retries =
          &metrics
               ->AddCounterFamily("tailwatch_notification_retries_total",
                                  "Alarm notification attempts that will be retried, by target.")
               .Add({{"target", name}});
      dropped = &metrics->AddCounterFamily(
          "tailwatch_notifications_dropped_total",
          "Alarm notifications given up: outbox_full, max_attempts, rejected, write_error.");
    }
  }

  // ---- any thread, under mu ----
  void UpdateGauges() {
    gauges->depth = outbox->size();
    gauges->oldest_ms = outbox->OldestCreatedMs();
  }

  void CountResult(const std::string& result) {
    if (metrics != nullptr) {
      metrics->self().notifications->Add({{"target", name}, {"result", result}}).Increment();
    }
  }
  void CountDropped(const std::string& reason, double n = 1) {
    if (dropped != nullptr) dropped->Add({{"target", name}, {"reason", reason}}).Increment(n);
  }

  void Append(OutboxRecord record) {
    std::vector<OutboxRecord> lost;
    deliveries->Update(record, DeliveryState::kPending, 0, record.created_ms);
    {
      std::lock_guard<std::mutex> lock(mu);
      outbox->Stage(std::move(record), &lost);
      UpdateGauges();
    }
    for (const OutboxRecord& r : lost) {
      deliveries->Update(r, DeliveryState::kDropped, 0, options.wall_now_ms(),
                         "outbox full (max_outbox_events)");
      CountDropped("outbox_full");
      TW_LOG_WARNING("notify %s: outbox full, dropped event %s (%s -> %s)", name.c_str(),
                     r.event_id.c_str(), r.alarm_name.c_str(),
                     std::string(engine::AlarmStateName(r.new_state)).c_str());
    }
    cv.notify_all();
  }

  void StartThread() {
    thread = std::thread([this] { Run(); });
  }

  // Writes the staged records; the lock is not held while writing, so
  // deliveries and Append go on.
  Status Persist() {
    std::vector<OutboxRecord> staged;
    {
      std::lock_guard<std::mutex> lock(mu);
      staged = outbox->Staged();
    }
    for (const OutboxRecord& record : staged) {
      if (Status s = outbox->WriteRecord(record); !s) {
        return MakeError("outbox " + name + ": " + s.error().message);
      }
      std::lock_guard<std::mutex> lock(mu);
      outbox->MarkDurable(record.seq);
    }
    return OkStatus();
  }

  void StopAndJoin() {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    cv.notify_all();
    if (thread.joinable()) thread.join();
  }

  // ---- the worker thread ----
  void Run() {
    std::mt19937_64 rng(options.jitter_seed != 0
                            ? options.jitter_seed
                            : std::random_device{}() ^ uint64_t(SystemNowMs()));
    std::unique_ptr<HttpClient> client;
    int failures = 0;
    uint64_t failing_seq = 0;
    while (true) {
      OutboxRecord record;
      Destination dest;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [this] { return stop || !outbox->empty(); });
        if (stop) return;
        record = outbox->Front();
        dest = destination;
        if (!client || settings_changed) {
          client = std::make_unique<HttpClient>(ClientOptionsFor(dest.target));
          settings_changed = false;
        }
      }
      if (record.seq != failing_seq) failures = 0;  // the head changed (dropped for room)
      const Attempt attempt = Deliver(*client, dest, record);
      const int64_t attempted_ms = options.wall_now_ms();
      CountResult(attempt.result);
      bool remove = attempt.delivered || attempt.permanent;
      if (attempt.delivered) {
        deliveries->Update(record, DeliveryState::kDelivered, failures + 1, attempted_ms);
      } else if (attempt.permanent) {
        deliveries->Update(record, DeliveryState::kFailed, failures + 1, attempted_ms,
                           "rejected: " + attempt.detail);
      }
      if (!remove) {
        ++failures;
        failing_seq = record.seq;
        const int max_attempts = dest.target.max_attempts;
        const std::string error = attempt.result + ": " + attempt.detail;
        if (max_attempts > 0 && failures >= max_attempts) {
          deliveries->Update(record, DeliveryState::kFailed, failures, attempted_ms,
                             "gave up after max_attempts; last " + error);
        } else {
          deliveries->Update(record, DeliveryState::kRetrying, failures, attempted_ms, error);
        }
        if (max_attempts > 0 && failures >= max_attempts) {
          remove = true;
          CountDropped("max_attempts");
          TW_LOG_ERROR("notify %s: giving up event %s after %d attempts: %s", name.c_str(),
                       record.event_id.c_str(), failures, attempt.detail.c_str());
        } else {
          log.Log(daemon::LogLevel::kWarning, SystemNowMs(),
                  "notify %s: attempt %d for event %s failed: %s", name.c_str(), failures,
                  record.event_id.c_str(), attempt.detail.c_str());
        }
      } else if (attempt.permanent) {
        CountDropped("rejected");
        TW_LOG_ERROR("notify %s: event %s rejected, dropped: %s", name.c_str(),
                     record.event_id.c_str(), attempt.detail.c_str());
      }
      std::unique_lock<std::mutex> lock(mu);
      if (remove) {
        failures = 0;
        if (Status s = outbox->Remove(record.seq); !s) {
          TW_LOG_ERROR("notify %s: %s", name.c_str(), s.error().message.c_str());
        }
        UpdateGauges();
        continue;
      }
      if (retries != nullptr) retries->Increment();
      const int64_t delay =
          BackoffMs(failures, dest.target.initial_backoff_ms, dest.target.max_backoff_ms, rng());
      cv.wait_for(lock, std::chrono::milliseconds(delay), [this] { return stop; });
      if (stop) return;
    }
  }

  Attempt Deliver(HttpClient& client, const Destination& dest, const OutboxRecord& record) {
    using Type = config::TargetConfig::Type;
    const config::TargetConfig& t = dest.target;
    const int64_t now_ms = options.wall_now_ms();
    OutgoingRequest request;
    std::string url_text = t.url;
    request.headers.emplace_back("X-Tailwatch-Event-Id", record.event_id);
    if (t.type == Type::kWebhook) {
      const std::string timestamp = std::to_string(now_ms / 1000);
      request.headers.emplace_back("Content-Type", "application/json");
      request.headers.emplace_back("X-Tailwatch-Timestamp", timestamp);
      if (!t.hmac_secret.empty()) {
        request.headers.emplace_back("X-Tailwatch-Signature",
                                     WebhookSignature(t.hmac_secret, timestamp, record.body));
      }
      request.body = record.body;
    } else if (t.type == Type::kAlertmanager) {
      url_text = AlertmanagerAlertsUrl(t.url);
      request.headers.emplace_back("Content-Type", "application/json");
      request.body = record.body;
    } else {
      const std::string topic = record.topic_arn.empty() ? t.topic_arn : record.topic_arn;
      auto arn = ParseSnsTopicArn(topic);
      if (!arn) return {"config_error", false, false, "bad topic ARN '" + topic + "'"};
      const std::string region = t.region.empty() ? arn->region : t.region;
      url_text = t.endpoint.empty() ? DefaultSnsEndpoint(*arn, region) : t.endpoint;
      auto creds = ResolveAwsCredentials(t, options.getenv);
      if (!creds) return {"credentials_error", false, false, creds.error().message};
      auto url = ParseUrl(url_text);
      if (!url) return {"config_error", false, false, url.error().message};
      SigV4Input input;
      input.path = url->target.substr(0, url->target.find('?'));
      input.body = SnsPublishBody(topic, record.subject, record.body);
      input.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                       {"Host", url->HostHeader()}};
      SigV4Result signature = SignV4(input, *creds, region, "sns", now_ms);
      request.headers.emplace_back("Content-Type", input.headers[0].second);
      for (auto& h : signature.headers_to_add) request.headers.push_back(std::move(h));
      request.body = std::move(input.body);
      return FromHttp(client.Send(*url, request));
    }
    auto url = ParseUrl(url_text);
    if (!url) return {"config_error", false, false, url.error().message};
    return FromHttp(client.Send(*url, request));
  }

  const std::string name;
  const NotifierOptions& options;
  exporter::MetricsRegistry* metrics;
  std::shared_ptr<Shared::Gauges> gauges;
  std::shared_ptr<DeliveryLog> deliveries;
  prometheus::Counter* retries = nullptr;
  prometheus::Family<prometheus::Counter>* dropped = nullptr;
  daemon::RateLimitedLog log{5, 60000};

  std::mutex mu;
  std::condition_variable cv;
  std::unique_ptr<Outbox> outbox;  // GUARDED_BY(mu)
  Destination destination;         // GUARDED_BY(mu)
  bool settings_changed = false;   // GUARDED_BY(mu)
  bool stop = false;               // GUARDED_BY(mu)
  std::thread thread;
};

Notifier::Notifier(NotifierOptions options, exporter::MetricsRegistry* metrics)
    : options_(std::move(options)), metrics_(metrics), shared_(std::make_shared<Shared>()) {
  if (!options_.wall_now_ms) options_.wall_now_ms = SystemNowMs;
  if (!options_.getenv) options_.getenv = ProcessEnv;
  shared_->now = options_.wall_now_ms;
  if (metrics_ != nullptr) {
    metrics_->AddCollectHook([shared = shared_] { return shared->Collect(); });
  }
}

Notifier::~Notifier() { Stop(); }

Status Notifier::Start(const config::Config& config) {
  namespace fs = std::filesystem;
  std::lock_guard<std::mutex> lock(mu_);
  config_ = config;
  std::error_code ec;
  fs::create_directories(options_.outbox_dir, ec);
  if (ec) return MakeError("outbox " + options_.outbox_dir + ": " + ec.message());
  for (fs::directory_iterator it(options_.outbox_dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!it->is_directory()) continue;
    auto box = Outbox::Open(it->path().string(), options_.max_outbox_events);
    if (!box) {
      TW_LOG_ERROR("notify: %s", box.error().message.c_str());
      continue;
    }
    if ((*box)->corrupt_files() > 0) {
      TW_LOG_ERROR("notify: %zu undecodable outbox file(s) in %s renamed to *.corrupt",
                   (*box)->corrupt_files(), it->path().c_str());
    }
    if ((*box)->empty()) continue;
    const std::string destination = (*box)->Front().destination;
    auto resolved = ResolveAction(destination, config_);
    if (!resolved || resolved->name != destination ||
        OutboxDirName(destination) != it->path().filename().string()) {
      TW_LOG_WARNING("notify: %zu undelivered event(s) for '%s' in %s: no such target now; kept",
                     (*box)->size(), destination.c_str(), it->path().c_str());
      continue;
    }
    auto worker = std::make_shared<Worker>(destination, options_, metrics_,
                                           shared_->For(destination), deliveries_);
    worker->outbox = std::move(*box);
    for (const OutboxRecord& r : worker->outbox->records()) {
      deliveries_->Update(r, DeliveryState::kPending, 0, r.created_ms);
    }
    worker->destination = *resolved;
    worker->UpdateGauges();
    TW_LOG_INFO("notify %s: resuming %zu undelivered event(s)", destination.c_str(),
                worker->outbox->size());
    worker->StartThread();
    workers_[destination] = std::move(worker);
  }
  return OkStatus();
}

Notifier::Worker* Notifier::WorkerFor(const Destination& destination) {
  auto it = workers_.find(destination.name);
  if (it != workers_.end()) return it->second.get();
  auto box = Outbox::Open(options_.outbox_dir + "/" + OutboxDirName(destination.name),
                          options_.max_outbox_events);
  if (!box) {
    TW_LOG_ERROR("notify: %s", box.error().message.c_str());
    return nullptr;
  }
  auto worker = std::make_shared<Worker>(destination.name, options_, metrics_,
                                         shared_->For(destination.name), deliveries_);
  worker->outbox = std::move(*box);
  worker->destination = destination;
  worker->UpdateGauges();
  worker->StartThread();
  Worker* raw = worker.get();
  workers_[destination.name] = std::move(worker);
  return raw;
}

void Notifier::Enqueue(const engine::AlarmEvent& event, const engine::AlarmSpec& spec) {
  if (!spec.actions_enabled) return;
  const std::vector<std::string>& actions =
      event.new_state == engine::AlarmState::kAlarm ? spec.alarm_actions
      : event.new_state == engine::AlarmState::kOk  ? spec.ok_actions
                                                    : spec.insufficient_data_actions;
  if (actions.empty()) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (stopped_) return;
  const engine::NotificationContext context{config_.account_id, config_.region, -1};
  const int64_t now_ms = options_.wall_now_ms();
  std::string cloudwatch_json, subject;
  for (const std::string& action : actions) {
    auto destination = ResolveAction(action, config_);
    if (!destination) {
      TW_LOG_ERROR("notify: alarm %s: action '%s' names no target", event.alarm_name.c_str(),
                   action.c_str());
      if (metrics_ != nullptr) {
        metrics_->self()
            .notifications->Add({{"target", "unknown"}, {"result", "config_error"}})
            .Increment();
      }
      continue;
    }
    OutboxRecord record;
    record.destination = destination->name;
    record.event_id = event.id;
    record.alarm_name = event.alarm_name;
    record.new_state = event.new_state;
    record.created_ms = now_ms;
    record.topic_arn = destination->topic_arn;
    if (destination->target.type == config::TargetConfig::Type::kAlertmanager) {
      record.body = AlertmanagerAlertsJson(event, spec, context, now_ms);
    } else {
      if (cloudwatch_json.empty()) {
        cloudwatch_json = engine::AlarmEventToCloudWatchJson(event, spec, context);
        subject = engine::AlarmEventSubject(event, context);
      }
      record.body = cloudwatch_json;
      if (destination->target.type == config::TargetConfig::Type::kSns) record.subject = subject;
    }
    Worker* worker = WorkerFor(*destination);
    if (worker == nullptr) {
      if (metrics_ != nullptr) {
        metrics_
            ->AddCounterFamily(
                "tailwatch_notifications_dropped_total",
                "Alarm notifications given up: outbox_full, max_attempts, rejected, write_error.")
            .Add({{"target", destination->name}, {"reason", "write_error"}})
            .Increment();
      }
      continue;
    }
    worker->Append(std::move(record));
  }
}

void Notifier::EnqueueEvent(const std::vector<std::string>& actions, const std::string& event_id,
                            const std::string& name, const std::string& json_body,
                            const std::string& alertmanager_body, const std::string& subject) {
  if (actions.empty()) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (stopped_) return;
  const int64_t now_ms = options_.wall_now_ms();
  for (const std::string& action : actions) {
    auto destination = ResolveAction(action, config_);
    if (!destination) {
      TW_LOG_ERROR("notify: %s: action '%s' names no target", name.c_str(), action.c_str());
      continue;
    }
    OutboxRecord record;
    record.destination = destination->name;
    record.event_id = event_id;
    record.alarm_name = name;
    record.created_ms = now_ms;
    record.topic_arn = destination->topic_arn;
    record.body = destination->target.type == config::TargetConfig::Type::kAlertmanager
                      ? alertmanager_body
                      : json_body;
    if (destination->target.type == config::TargetConfig::Type::kSns) record.subject = subject;
    Worker* worker = WorkerFor(*destination);
    if (worker == nullptr) continue;
    worker->Append(std::move(record));
  }
}

void Notifier::Reload(const config::Config& config) {
  std::lock_guard<std::mutex> lock(mu_);
  config_ = config;
  for (auto& [name, worker] : workers_) {
    auto resolved = ResolveAction(name, config_);
    if (!resolved || resolved->name != name) continue;  // gone: keep the last settings
    std::lock_guard<std::mutex> worker_lock(worker->mu);
    worker->destination = *resolved;
    worker->settings_changed = true;
  }
}

void Notifier::Stop() {
  std::map<std::string, std::shared_ptr<Worker>> workers;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopped_ = true;
    workers.swap(workers_);
  }
  std::lock_guard<std::mutex> persisting(persist_mu_);
  for (auto& [name, worker] : workers) {
    worker->StopAndJoin();
    // What is still undelivered is resumed by the next start.
    if (Status s = worker->Persist(); !s) TW_LOG_ERROR("notify: %s", s.error().message.c_str());
  }
}

Status Notifier::Persist() {
  std::lock_guard<std::mutex> persisting(persist_mu_);
  std::vector<std::shared_ptr<Worker>> workers;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [name, worker] : workers_) workers.push_back(worker);
  }
  Status first = OkStatus();
  for (const auto& worker : workers) {
    if (Status s = worker->Persist(); !s && first) first = s;
  }
  return first;
}

size_t Notifier::Pending(std::string_view destination) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = workers_.find(std::string(destination));
  if (it == workers_.end()) return 0;
  std::lock_guard<std::mutex> worker_lock(it->second->mu);
  return it->second->outbox->size();
}

bool Notifier::WaitIdle(int timeout_ms) const {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (true) {
    size_t pending = 0;
    {
      std::lock_guard<std::mutex> lock(mu_);
      for (const auto& [name, worker] : workers_) {
        std::lock_guard<std::mutex> worker_lock(worker->mu);
        pending += worker->outbox->size();
      }
    }
    if (pending == 0) return true;
    if (std::chrono::steady_clock::now() >= deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace tailwatch::notify

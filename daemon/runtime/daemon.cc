#include "daemon/runtime/daemon.h"

#include <sys/stat.h>

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "config/config.h"
#include "config/pipeline_spec.h"
#include "daemon/checkpoint/checkpoint_store.h"
#include "daemon/common/log.h"
#include "daemon/export/metrics_handler.h"
#include "daemon/export/metrics_registry.h"
#include "daemon/http/health.h"
#include "daemon/http/http_server.h"
#include "daemon/ingest/ingest_routes.h"
#include "daemon/ingest/ingest_sink.h"
#include "daemon/notify/notifier.h"
#include "daemon/runtime/engine_snapshot.h"
#include "daemon/runtime/systemd_notify.h"
#include "daemon/source/clock.h"
#include "daemon/source/line_sink.h"
#include "daemon/source/tail_set.h"
#include "engine/common/byte_codec.h"
#include "engine/common/fnv1a.h"
#include "engine/pipeline/pipeline.h"

namespace tailwatch::daemon {
namespace {

namespace asio = boost::asio;
using Strand = asio::strand<asio::io_context::executor_type>;

// Bytes one Poll of one log group may read before yielding the strand, so
// HTTP sessions and timers get their turn while a big backlog is drained.
constexpr size_t kPollBudgetBytes = 4 << 20;
constexpr size_t kMaxRecentTransitions = 200;
constexpr int kTickIntervalMs = 1000;
constexpr int kRescanIntervalMs = 1000;
// Pushed bytes waiting for the engine strand; beyond it pushes get 429/503
// with Retry-After instead of buffering without bound.
constexpr size_t kMaxIngestBytesInFlight = 64 << 20;

int64_t WallNowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string SectionForGroup(const std::string& name) {
  // Section names are [A-Za-z0-9_.-]; log group names may hold '/' and '#'.
  std::string out = "tail.";
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '_' || c == '.' || c == '-') {
      out += static_cast<char>(c);
    } else {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", c);
      out += hex;
    }
  }
  // A long name: a prefix and a stable hash of the whole (FNV, not std::hash,
  // whose values may change with the library).
  return out.size() > 64 ? out.substr(0, 48) + "." + std::to_string(Fnv1a(name) % 1000000007) : out;
}

TailSetOptions TailOptionsFor(const config::LogGroupConfig& group) {
  TailSetOptions options;
  options.globs = group.files;
  options.start_at = group.start_at_beginning ? StartAt::kBeginning : StartAt::kEnd;
  options.file.max_line_bytes = group.max_line_bytes;
  options.file.partial_line_timeout_ms = group.partial_line_timeout_ms;
  options.rescan_interval_ms = kRescanIntervalMs;
  return options;
}

bool SameTailOptions(const TailSetOptions& a, const TailSetOptions& b) {
  return a.globs == b.globs && a.start_at == b.start_at &&
         a.file.max_line_bytes == b.file.max_line_bytes &&
         a.file.partial_line_timeout_ms == b.file.partial_line_timeout_ms;
}

// Tail counters survive restarts: the checkpoint keeps what earlier runs read.
struct TailTotals {
  uint64_t lines_read = 0, bytes_read = 0, lines_truncated = 0, rotations = 0, truncations = 0,
           read_errors = 0;

  void Add(const TailCounters& c) {
    lines_read += c.lines_read;
    bytes_read += c.bytes_read;
    lines_truncated += c.lines_truncated;
    rotations += c.rotations;
    truncations += c.truncations;
    read_errors += c.read_errors;
  }
};

}  // namespace

struct Daemon::Impl final : public LineSink, public IngestSink {
  struct Group {
    std::string name;
    TailSetOptions options;
    std::unique_ptr<TailSet> tail;
    std::unique_ptr<asio::posix::stream_descriptor> inotify;
    TailTotals base;  // from the checkpoint
    bool poll_scheduled = false;
  };

  explicit Impl(DaemonOptions o)
      : options(std::move(o)),
        strand(asio::make_strand(ioc)),
        signals(ioc, SIGHUP, SIGTERM, SIGINT),
        poll_timer(strand),
        tick_timer(strand),
        checkpoint_timer(strand),
        watchdog_timer(strand) {}

  // ---- start-up ----------------------------------------------------------

  config::LoadResult LoadConfig() const {
    config::LoadResult result = options.config_path.empty()
                                    ? config::LoadEmbeddedDefault()
                                    : config::LoadConfigFile(options.config_path);
    if (result.ok()) {
      if (!options.listen.empty()) result.config->server.listen = options.listen;
      if (!options.state_dir.empty()) result.config->state_dir = options.state_dir;
    }
    return result;
  }

  static bool IsLoopback(const std::string& listen) {
    std::string host = listen.substr(0, listen.rfind(':'));
    if (host.size() >= 2 && host.front() == '[') host = host.substr(1, host.size() - 2);
    return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
  }

  int Start() {
    config::LoadResult loaded = LoadConfig();
    for (const auto& w : loaded.warnings) TW_LOG_WARNING("%s", w.ToString().c_str());
    if (!loaded.ok()) {
      for (const auto& e : loaded.errors) TW_LOG_ERROR("%s", e.ToString().c_str());
      return 1;
    }
    config = std::move(*loaded.config);
    if (!IsLoopback(config.server.listen) && config.server.auth_token.empty()) {
      TW_LOG_ERROR(
          "refusing to listen on %s without a token: a non-loopback listener needs "
          "server.auth_token_file (or listen on 127.0.0.1)",
          config.server.listen.c_str());
      return 1;
    }
    auto built = BuildPipeline(config);
    if (!built) {
      TW_LOG_ERROR("%s: %s", config.source_name.c_str(), built.error().message.c_str());
      return 1;
    }
    pipeline = std::move(*built);

    std::error_code ec;
    std::filesystem::create_directories(config.state_dir, ec);
    if (ec) {
      TW_LOG_ERROR("state_dir %s: %s", config.state_dir.c_str(), ec.message().c_str());
      return 1;
    }
    checkpoints = std::make_unique<CheckpointStore>(config.state_dir);
    notify::NotifierOptions notify_options;
    notify_options.outbox_dir = config.state_dir + "/outbox";
    notifier = std::make_unique<notify::Notifier>(std::move(notify_options), &metrics);
    if (Status s = notifier->Start(config); !s) {
      TW_LOG_ERROR("%s", s.error().message.c_str());
      return 1;
    }
    auto restored = checkpoints->Read();
    if (!restored) {
      TW_LOG_ERROR("checkpoint: %s", restored.error().message.c_str());
      return 1;
    }
    for (const config::LogGroupConfig& group_config : config.log_groups) {
      groups.push_back(MakeGroup(group_config));
    }
    if (restored->has_value()) {
      const Checkpoint& cp = **restored;
      if (!cp.warning.empty()) TW_LOG_WARNING("checkpoint: %s", cp.warning.c_str());
      if (Status s = RestoreFrom(cp.sections); !s) {
        TW_LOG_ERROR(
            "checkpoint %s: %s (move the state_dir's checkpoint files away to start "
            "fresh)",
            checkpoints->checkpoint_path().c_str(), s.error().message.c_str());
        return 1;
      }
      TW_LOG_INFO("resumed from checkpoint %s", checkpoints->checkpoint_path().c_str());
    }
    // Alarms judge only time since each group's first watch (a no-op for
    // groups whose first watch the checkpoint already holds).
    pipeline->BeginObservingAll(WallNowMs());

    if (int rc = StartHttp(); rc != 0) return rc;

    signals.async_wait(
        [this](const boost::system::error_code& e, int signo) { OnSignal(e, signo); });
    for (size_t i = 0; i < groups.size(); ++i) WatchInotify(i);
    asio::post(strand, [this] { PollAll(); });
    ScheduleTick();
    ScheduleCheckpoint();
    ScheduleWatchdog();
    readiness->SetReady(true);
    TW_LOG_INFO("tailwatchd %s: %zu log groups, %zu metric filters, %zu alarms; listening on %s",
                TAILWATCH_VERSION, config.log_groups.size(), config.metric_filters.size(),
                config.alarms.size(), bound_listen.c_str());
    NotifyReady(StatusLine());
    return 0;
  }

  static Result<std::unique_ptr<engine::Pipeline>> BuildPipeline(const config::Config& c) {
    auto spec = config::ToPipelineSpec(c);
    if (!spec) return tl::unexpected(spec.error());
    return engine::Pipeline::Create(std::move(*spec));
  }

  Group MakeGroup(const config::LogGroupConfig& group_config) {
    Group g;
    g.name = group_config.name;
    g.options = TailOptionsFor(group_config);
    g.tail = std::make_unique<TailSet>(g.options, steady_clock);
    return g;
  }

  int StartHttp() {
    http::HttpServerOptions http_options;
    http_options.listen = config.server.listen;
    http_options.max_body_bytes = config.server.max_body_bytes;
    http_options.max_connections = config.server.max_connections;
    http_options.read_timeout_ms = config.server.read_timeout_ms;
    http_options.tls_cert_file = config.server.tls_cert_file;
    http_options.tls_key_file = config.server.tls_key_file;
    http_options.metrics = &metrics.http();
    server = std::make_unique<http::HttpServer>(ioc, http_options);
    readiness = std::make_shared<http::Readiness>();
    http::RegisterHealthRoutes(*server, readiness);
    const bool protect = config.server.protect_metrics;
    const std::string token = config.server.auth_token;
    auto guarded = [protect, token](http::Handler handler) -> http::Handler {
      if (!protect) return handler;
      return [handler = std::move(handler), token](http::HttpRequest&& request,
                                                   http::Responder respond) {
        if (!IsAuthorized(request, token)) {
          respond(http::JsonError(401, "missing or wrong token"));
          return;
        }
        handler(std::move(request), std::move(respond));
      };
    };
    server->Route("GET", "/metrics", guarded(exporter::MakeMetricsHandler(metrics)));
    server->Route("GET", "/api/v1/alarms",
                  guarded([this](http::HttpRequest&&, http::Responder respond) {
                    http::HttpResponse response;
                    {
                      std::lock_guard<std::mutex> lock(engine_mu);
                      response.body = AlarmsJson(*pipeline, transitions);
                    }
                    respond(std::move(response));
                  }));
    IngestOptions ingest;
    ingest.auth_token = config.server.auth_token;
    if (!config.log_groups.empty()) ingest.max_line_bytes = config.log_groups[0].max_line_bytes;
    ingest.log_group_names = [this] {
      std::vector<std::string> names;
      std::lock_guard<std::mutex> lock(engine_mu);
      for (const auto& group : pipeline->spec().log_groups) names.push_back(group.name);
      return names;
    };
    RegisterIngestRoutes(*server, *this, ingest, metrics);
    metrics.AddCollectHook([this] { return CollectFamilies(); });
    if (Status s = server->Start(); !s) {
      TW_LOG_ERROR("%s", s.error().message.c_str());
      return 1;
    }
    const std::string host = config.server.listen.substr(0, config.server.listen.rfind(':'));
    bound_listen = host + ":" + std::to_string(server->port());
    return 0;
  }

  // ---- pushed events (IngestSink) ----------------------------------------

  void Submit(IngestBatch batch, std::function<void(IngestResult)> done) override {
    if (stopping) {
      done(IngestResult::kShuttingDown);
      return;
    }
    const size_t bytes = batch.bytes;
    if (ingest_in_flight.fetch_add(bytes) + bytes > kMaxIngestBytesInFlight && bytes > 0) {
      ingest_in_flight.fetch_sub(bytes);
      done(IngestResult::kOverloaded);
      return;
    }
    auto shared = std::make_shared<IngestBatch>(std::move(batch));
    asio::post(strand, [this, shared, done = std::move(done)] {
      IngestResult result = IngestResult::kAccepted;
      {
        std::lock_guard<std::mutex> lock(engine_mu);
        auto group = pipeline->FindLogGroup(shared->log_group);
        if (!group) {
          result = IngestResult::kUnknownLogGroup;
        } else {
          const int64_t now = WallNowMs();
          for (const IngestEvent& e : shared->events) {
            pipeline->ProcessEvent(*group, e.message, e.timestamp_ms >= 0 ? e.timestamp_ms : now);
          }
        }
      }
      ingest_in_flight.fetch_sub(shared->bytes);
      done(result);
    });
  }

  bool HasLogGroup(std::string_view log_group) const override {
    std::lock_guard<std::mutex> lock(engine_mu);
    return pipeline->FindLogGroup(log_group).has_value();
  }

  // ---- checkpoints -------------------------------------------------------

  // On the strand (or before the threads start): one consistent snapshot.
  CheckpointSections Snapshot() {
    CheckpointSections sections;
    std::lock_guard<std::mutex> lock(engine_mu);
    sections["engine"] = pipeline->Serialize();
    engine::ByteWriter counters;
    counters.Put<uint64_t>(groups.size());
    for (Group& g : groups) {
      sections[SectionForGroup(g.name)] = g.tail->SerializeOffsets();
      const TailCounters& c = g.tail->counters();
      counters.PutString(g.name);
      for (uint64_t v : {g.base.lines_read + c.lines_read, g.base.bytes_read + c.bytes_read,
                         g.base.lines_truncated + c.lines_truncated, g.base.rotations + c.rotations,
                         g.base.truncations + c.truncations, g.base.read_errors + c.read_errors}) {
        counters.Put<uint64_t>(v);
      }
    }
    sections["daemon"] = counters.Take();
    return sections;
  }

  Status RestoreFrom(const CheckpointSections& sections) {
    if (auto it = sections.find("engine"); it != sections.end()) {
      if (Status s = pipeline->Restore(it->second); !s) return s;
    }
    for (Group& g : groups) {
      if (auto it = sections.find(SectionForGroup(g.name)); it != sections.end()) {
        if (Status s = g.tail->RestoreOffsets(it->second); !s) {
          return MakeError("log group '" + g.name + "': " + s.error().message);
        }
      }
    }
    if (auto it = sections.find("daemon"); it != sections.end()) {
      engine::ByteReader r(it->second);
      const uint64_t count = r.GetCount(7 * sizeof(uint64_t));
      for (uint64_t i = 0; i < count && r.ok(); ++i) {
        const std::string name = r.GetString();
        TailTotals t;
        for (uint64_t* v : {&t.lines_read, &t.bytes_read, &t.lines_truncated, &t.rotations,
                            &t.truncations, &t.read_errors}) {
          *v = r.Get<uint64_t>();
        }
        if (!r.ok()) break;
        for (Group& g : groups) {
          if (g.name == name) g.base = t;
        }
      }
    }
    return OkStatus();
  }

  void ScheduleCheckpoint() {
    checkpoint_timer.expires_after(std::chrono::milliseconds(config.checkpoint_interval_ms));
    checkpoint_timer.async_wait([this](const boost::system::error_code& ec) {
      if (ec || stopping) return;
      if (!checkpoint_in_flight.exchange(true)) {
        auto sections = std::make_shared<CheckpointSections>(Snapshot());
        // fsync off the engine strand.
        asio::post(ioc, [this, sections] {
          WriteCheckpoint(*sections);
          checkpoint_in_flight = false;
        });
      }
      ScheduleCheckpoint();
    });
  }

  void WriteCheckpoint(const CheckpointSections& sections) {
    if (Status s = checkpoints->Write(sections); !s) {
      ++checkpoint_failures;
      checkpoint_log.Log(LogLevel::kError, WallNowMs(), "checkpoint: %s",
                         s.error().message.c_str());
      return;
    }
    last_checkpoint_ms = WallNowMs();
  }

  // ---- the engine strand -------------------------------------------------

  // Read buffers go to the engine whole: it scans each once (ProcessBuffer).
  bool TakesWholeBuffers() const override { return true; }
  size_t OnRecords(std::string_view /*path*/, std::string_view records) override {
    return pipeline->ProcessBuffer(current_pipeline_group, records, poll_time_ms);
  }

  void OnLines(const LineBatch& batch) override {
    if (!batch.records.empty()) {
      pipeline->ProcessBuffer(current_pipeline_group, batch.records, poll_time_ms);
      return;
    }
    for (std::string_view line : batch.lines) {
      pipeline->ProcessEvent(current_pipeline_group, line, poll_time_ms);
    }
  }

  // Polls every group; reschedules itself at the poll interval, sooner when a
  // group stopped on its byte budget with data left.
  void PollAll() {
    bool more = false;
    for (size_t i = 0; i < groups.size(); ++i) more |= PollGroup(i);
    poll_timer.expires_after(std::chrono::milliseconds(more ? 0 : PollIntervalMs()));
    poll_timer.async_wait([this](const boost::system::error_code& ec) {
      if (!ec && !stopping) PollAll();
    });
  }

  bool PollGroup(size_t index) {
    Group& g = groups[index];
    const auto started = std::chrono::steady_clock::now();
    bool more = false;
    {
      std::lock_guard<std::mutex> lock(engine_mu);
      auto found = pipeline->FindLogGroup(g.name);
      if (!found) return false;
      current_pipeline_group = *found;
      poll_time_ms = WallNowMs();
      more = g.tail->Poll(*this, kPollBudgetBytes);
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    poll_latency->Observe(seconds);
    return more;
  }

  int PollIntervalMs() const {
    int interval = 250;
    for (const auto& g : config.log_groups) interval = std::min(interval, g.poll_interval_ms);
    return std::max(interval, 1);
  }

  void WatchInotify(size_t index) {
    Group& g = groups[index];
    if (g.inotify || g.tail->inotify_fd() < 0) return;
    // The descriptor stays owned by the TailSet: dup it for Asio.
    const int fd = ::dup(g.tail->inotify_fd());
    if (fd < 0) return;
    g.inotify = std::make_unique<asio::posix::stream_descriptor>(strand, fd);
    WaitInotify(index);
  }

  void WaitInotify(size_t index) {
    Group& g = groups[index];
    asio::posix::stream_descriptor* descriptor = g.inotify.get();
    descriptor->async_wait(asio::posix::stream_descriptor::wait_read,
                           [this, index, descriptor](const boost::system::error_code& ec) {
                             if (ec || stopping || index >= groups.size() ||
                                 groups[index].inotify.get() != descriptor) {
                               return;
                             }
                             groups[index].tail->OnInotifyReadable();
                             bool more = PollGroup(index);
                             if (more && !stopping) {
                               // Yield between budgets: post the rest.
                               asio::post(strand, [this] { PollAll(); });
                             }
                             WaitInotify(index);
                           });
  }

  void ScheduleTick() {
    tick_timer.expires_after(std::chrono::milliseconds(kTickIntervalMs));
    tick_timer.async_wait([this](const boost::system::error_code& ec) {
      if (ec || stopping) return;
      Tick();
      ScheduleTick();
    });
  }

  void Tick() {
    std::vector<engine::AlarmEvent> events;
    {
      std::lock_guard<std::mutex> lock(engine_mu);
      events = pipeline->Tick(WallNowMs());
      for (const engine::AlarmEvent& e : events) {
        transitions.push_back(e);
        if (transitions.size() > kMaxRecentTransitions) transitions.pop_front();
      }
    }
    for (const engine::AlarmEvent& e : events) {
      TW_LOG_INFO("alarm %s: %s -> %s: %s", e.alarm_name.c_str(),
                  std::string(engine::AlarmStateName(e.old_state)).c_str(),
                  std::string(engine::AlarmStateName(e.new_state)).c_str(), e.reason.c_str());
      for (const engine::AlarmSpec& spec : config.alarms) {
        if (spec.name == e.alarm_name && notifier) notifier->Enqueue(e, spec);
      }
    }
    if (!events.empty()) NotifyStatus(StatusLine());
  }

  std::string StatusLine() {
    size_t files = 0, in_alarm = 0;
    uint64_t events = 0;
    std::lock_guard<std::mutex> lock(engine_mu);
    for (const Group& g : groups) files += g.tail->counters().files_watched;
    for (const auto& s : pipeline->alarms().Statuses()) {
      if (s.state == engine::AlarmState::kAlarm) ++in_alarm;
    }
    events = pipeline->counters().events;
    return std::to_string(files) + " files watched, " + std::to_string(events) + " events, " +
           std::to_string(in_alarm) + " of " + std::to_string(config.alarms.size()) +
           " alarms in ALARM";
  }

  void ScheduleWatchdog() {
    const uint64_t usec = WatchdogIntervalUs();
    if (usec == 0) return;
    // Pinged from the engine strand: a stuck engine stops the pings and
    // systemd restarts the daemon.
    watchdog_timer.expires_after(std::chrono::microseconds(usec / 2));
    watchdog_timer.async_wait([this](const boost::system::error_code& ec) {
      if (ec || stopping) return;
      NotifyWatchdog();
      ScheduleWatchdog();
    });
  }

  // ---- reload and stop ---------------------------------------------------

  void OnSignal(const boost::system::error_code& ec, int signo) {
    if (ec) return;
    if (signo == SIGHUP) {
      asio::post(strand, [this] { Reload(); });
      signals.async_wait([this](const boost::system::error_code& e, int s) { OnSignal(e, s); });
      return;
    }
    TW_LOG_INFO("received %s, stopping", signo == SIGTERM ? "SIGTERM" : "SIGINT");
    asio::post(strand, [this] { Stop(); });
  }

  void Reload() {
    NotifyReloading();
    TW_LOG_INFO("reloading configuration");
    config::LoadResult loaded = LoadConfig();
    auto fail = [this](const std::string& why) {
      ++reload_failures;
      TW_LOG_ERROR("reload refused, keeping the running configuration: %s", why.c_str());
      NotifyReady(StatusLine());
    };
    if (!loaded.ok()) {
      for (const auto& e : loaded.errors) TW_LOG_ERROR("%s", e.ToString().c_str());
      fail(std::to_string(loaded.errors.size()) + " error(s) in " +
           (options.config_path.empty() ? std::string("the embedded default")
                                        : options.config_path));
      return;
    }
    config::Config next = std::move(*loaded.config);
    auto built = BuildPipeline(next);
    if (!built) {
      fail(built.error().message);
      return;
    }
    if (next.server.listen != config.server.listen || next.state_dir != config.state_dir) {
      TW_LOG_WARNING("server.listen and state_dir changes take effect at the next restart");
      next.server = config.server;
      next.state_dir = config.state_dir;
    }
    std::vector<Group> next_groups;
    for (const config::LogGroupConfig& group_config : next.log_groups) {
      Group g;
      g.name = group_config.name;
      g.options = TailOptionsFor(group_config);
      for (Group& old : groups) {
        if (old.name != g.name) continue;
        g.base = old.base;
        if (SameTailOptions(old.options, g.options)) {
          g.tail = std::move(old.tail);
          g.inotify = std::move(old.inotify);
        } else {
          // New globs: keep the offsets of files both configs watch, and
          // what the old TailSet read (its counters go with it; the exported
          // counters must not drop).
          g.base.Add(old.tail->counters());
          g.tail = std::make_unique<TailSet>(g.options, steady_clock);
          (void)g.tail->RestoreOffsets(old.tail->SerializeOffsets());
        }
      }
      if (!g.tail) g.tail = std::make_unique<TailSet>(g.options, steady_clock);
      next_groups.push_back(std::move(g));
    }
    {
      std::lock_guard<std::mutex> lock(engine_mu);
      (*built)->AdoptStateFrom(*pipeline);
      pipeline = std::move(*built);
      pipeline->BeginObservingAll(WallNowMs());  // new groups: first watch now
      for (Group& old : groups) {
        if (old.inotify) old.inotify->cancel();
      }
      retired_groups.push_back(std::move(groups));  // handlers may still hold descriptors
      groups = std::move(next_groups);
      config = std::move(next);
    }
    for (size_t i = 0; i < groups.size(); ++i) {
      if (groups[i].inotify) {
        WaitInotify(i);
      } else {
        WatchInotify(i);
      }
    }
    ++reloads;
    if (notifier) notifier->Reload(config);
    TW_LOG_INFO("configuration reloaded: %zu log groups, %zu metric filters, %zu alarms",
                config.log_groups.size(), config.metric_filters.size(), config.alarms.size());
    NotifyReady(StatusLine());
  }

  void Stop() {
    if (stopping) return;
    NotifyStopping();
    readiness->SetReady(false);
    // Read what is already written before the final checkpoint.
    for (size_t i = 0; i < groups.size(); ++i) {
      for (int round = 0; round < 64 && PollGroup(i); ++round) {
      }
    }
    stopping = true;
    poll_timer.cancel();
    tick_timer.cancel();
    checkpoint_timer.cancel();
    watchdog_timer.cancel();
    signals.cancel();
    for (Group& g : groups) {
      if (g.inotify) g.inotify->cancel();
    }
    server->Stop();
    if (notifier) notifier->Stop();
    final_sections = Snapshot();
    ioc.stop();
  }

  // ---- /metrics ------------------------------------------------------------

  std::vector<exporter::DynamicFamily> CollectFamilies() {
    using exporter::DynamicFamily;
    using exporter::SeriesType;
    std::vector<DynamicFamily> out;
    DynamicFamily lines{
        "tailwatch_read_lines_total", "Log lines read, by log group.", SeriesType::kCounter, {}};
    DynamicFamily bytes{
        "tailwatch_read_bytes_total", "Log bytes read, by log group.", SeriesType::kCounter, {}};
    DynamicFamily truncated{"tailwatch_lines_truncated_total",
                            "Log lines cut at max_line_bytes, by log group.",
                            SeriesType::kCounter,
                            {}};
    DynamicFamily rotations{"tailwatch_file_rotations_total",
                            "Rotations seen (the path names another file), by log group.",
                            SeriesType::kCounter,
                            {}};
    DynamicFamily truncations{"tailwatch_file_truncations_total",
                              "Files that shrank or were replaced in place, by log group.",
                              SeriesType::kCounter,
                              {}};
    DynamicFamily errors{"tailwatch_file_read_errors_total",
                         "open/stat/read failures (retried), by log group.",
                         SeriesType::kCounter,
                         {}};
    DynamicFamily watched{
        "tailwatch_files_watched", "Files open for tailing, by log group.", SeriesType::kGauge, {}};
    {
      std::lock_guard<std::mutex> lock(engine_mu);
      out = EngineFamilies(*pipeline);
      for (const Group& g : groups) {
        const TailCounters& c = g.tail->counters();
        const std::vector<std::pair<std::string, std::string>> labels = {{"log_group", g.name}};
        lines.series.push_back({labels, double(g.base.lines_read + c.lines_read)});
        bytes.series.push_back({labels, double(g.base.bytes_read + c.bytes_read)});
        truncated.series.push_back({labels, double(g.base.lines_truncated + c.lines_truncated)});
        rotations.series.push_back({labels, double(g.base.rotations + c.rotations)});
        truncations.series.push_back({labels, double(g.base.truncations + c.truncations)});
        errors.series.push_back({labels, double(g.base.read_errors + c.read_errors)});
        watched.series.push_back({labels, double(c.files_watched)});
      }
    }
    for (DynamicFamily* f :
         {&lines, &bytes, &truncated, &rotations, &truncations, &errors, &watched}) {
      out.push_back(std::move(*f));
    }
    const int64_t last = last_checkpoint_ms.load();
    out.push_back({"tailwatch_checkpoint_age_seconds",
                   "Seconds since the last checkpoint was written (-1: none yet).",
                   SeriesType::kGauge,
                   {{{}, last == 0 ? -1.0 : double(WallNowMs() - last) / 1000.0}}});
    out.push_back({"tailwatch_checkpoint_failures_total",
                   "Checkpoint writes that failed.",
                   SeriesType::kCounter,
                   {{{}, double(checkpoint_failures.load())}}});
    out.push_back({"tailwatch_config_reloads_total",
                   "Configuration reloads applied.",
                   SeriesType::kCounter,
                   {{{}, double(reloads.load())}}});
    out.push_back({"tailwatch_config_reload_failures_total",
                   "Configuration reloads refused (the running configuration was kept).",
                   SeriesType::kCounter,
                   {{{}, double(reload_failures.load())}}});
    return out;
  }

  // ---- state -------------------------------------------------------------

  DaemonOptions options;
  asio::io_context ioc;
  Strand strand;
  asio::signal_set signals;
  asio::steady_timer poll_timer;
  asio::steady_timer tick_timer;
  asio::steady_timer checkpoint_timer;
  asio::steady_timer watchdog_timer;

  config::Config config;                       // owned by the strand
  mutable std::mutex engine_mu;                // guards pipeline, groups' TailSets, transitions
  std::unique_ptr<engine::Pipeline> pipeline;  // GUARDED_BY(engine_mu)
  std::vector<Group> groups;                   // GUARDED_BY(engine_mu)
  std::vector<std::vector<Group>> retired_groups;
  std::deque<engine::AlarmEvent> transitions;  // GUARDED_BY(engine_mu)
  size_t current_pipeline_group = 0;           // set per Poll, on the strand
  int64_t poll_time_ms = 0;

  SteadyClock steady_clock;
  std::unique_ptr<CheckpointStore> checkpoints;
  std::atomic<bool> checkpoint_in_flight{false};
  std::atomic<int64_t> last_checkpoint_ms{0};
  std::atomic<uint64_t> checkpoint_failures{0};
  std::atomic<uint64_t> reloads{0};
  std::atomic<uint64_t> reload_failures{0};
  RateLimitedLog checkpoint_log{3, 60000};
  std::optional<CheckpointSections> final_sections;

  exporter::MetricsRegistry metrics;
  prometheus::Histogram* poll_latency = &metrics.self().processing_latency->Add(
      {{"stage", "tail_and_match"}}, exporter::LatencyBucketsSeconds());
  std::unique_ptr<http::HttpServer> server;
  std::shared_ptr<http::Readiness> readiness;
  std::string bound_listen;
  std::atomic<bool> stopping{false};
  std::atomic<size_t> ingest_in_flight{0};
  std::unique_ptr<notify::Notifier> notifier;  // alarm notifications (daemon/notify)
};

Daemon::Daemon(DaemonOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Daemon::~Daemon() = default;

int Daemon::Run() {
  Impl& impl = *impl_;
  if (int rc = impl.Start(); rc != 0) return rc;
  std::vector<std::thread> threads;
  const int extra = std::max(0, impl.options.io_threads - 1);
  for (int i = 0; i < extra; ++i) {
    threads.emplace_back([&impl] { impl.ioc.run(); });
  }
  impl.ioc.run();
  for (std::thread& t : threads) t.join();
  if (impl.checkpoint_in_flight) {
    // The io threads are joined, so no write is running; the flag is stale.
    impl.checkpoint_in_flight = false;
  }
  if (impl.final_sections) {
    if (Status s = impl.checkpoints->Write(*impl.final_sections); !s) {
      TW_LOG_ERROR("final checkpoint: %s", s.error().message.c_str());
      return 1;
    }
  }
  TW_LOG_INFO("stopped");
  return 0;
}

}  // namespace tailwatch::daemon

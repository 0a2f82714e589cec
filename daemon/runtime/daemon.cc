#include "daemon/runtime/daemon.h"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <deque>
#include <exception>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

#include "config/config.h"
#include "config/listen_address.h"
#include "config/pipeline_spec.h"
#include "daemon/checkpoint/checkpoint_store.h"
#include "daemon/cloudwatch/cloudwatch_routes.h"
#include "daemon/common/definitions_editor.h"
#include "daemon/common/log.h"
#include "daemon/common/posix_file.h"
#include "daemon/export/metrics_registry.h"
#include "daemon/http/health.h"
#include "daemon/http/http_server.h"
#include "daemon/ingest/ingest_sink.h"
#include "daemon/ingest/journaled_ingest_sink.h"
#include "daemon/ingest/logs_catalog.h"
#include "daemon/ingest/push_journal.h"
#include "daemon/notify/aws_credentials.h"
#include "daemon/notify/notifier.h"
#include "daemon/runtime/daemon_checkpoint.h"
#include "daemon/runtime/engine_snapshot.h"
#include "daemon/runtime/engine_workers.h"
#include "daemon/runtime/http_front.h"
#include "daemon/runtime/log_anomaly_runtime.h"
#include "daemon/runtime/log_anomaly_worker.h"
#include "daemon/runtime/record_sources.h"
#include "daemon/runtime/reload_plan.h"
#include "daemon/runtime/systemd_notify.h"
#include "daemon/sink/log_locations.h"
#include "daemon/sink/s3_sink.h"
#include "daemon/source/clock.h"
#include "daemon/source/fd_limits.h"
#include "daemon/source/line_sink.h"
#include "daemon/source/tail_set.h"
#include "engine/alarm/format.h"
#include "engine/pipeline/match_batch.h"
#include "engine/pipeline/pipeline.h"

namespace tailwatch::daemon {
namespace {

namespace asio = boost::asio;
using Strand = asio::strand<asio::io_context::executor_type>;

// One Poll of one log group reads about kPollWorkMs of work before yielding
// the strand, so that timers, API writes and the other groups' new lines wait
// at most about that long behind a group that is draining a backlog (their
// append-to-/metrics latency). The byte budget that takes that long is
// learned per group; it stays within these bounds.
constexpr double kPollWorkMs = 2.0;
// While a backlog is read (a poll stopped on its budget, the next follows at
// once), a snapshot is published at most this often: building one costs
// about a tenth of a poll's work, and readers then see the backlog's progress
// at most this much later. The poll that ends a backlog publishes at once.
constexpr auto kBacklogPublishInterval = std::chrono::milliseconds(3);
constexpr size_t kMinPollBudgetBytes = 128 << 10;
constexpr size_t kMaxPollBudgetBytes = 4 << 20;
// A poll that read less than this says little about the group's speed (the
// fixed cost of looking at its files dominates).
constexpr uint64_t kPollRateSampleBytes = 64 << 10;
// Journal entries or kernel records one Poll of one log group may deliver.
constexpr size_t kPollBudgetRecords = 20000;
constexpr size_t kMaxRecentTransitions = 200;
constexpr int kTickIntervalMs = 1000;
// Pushed bytes waiting for the engine strand; beyond it pushes get 429/503
// with Retry-After instead of buffering without bound.
constexpr size_t kMaxIngestBytesInFlight = 64 << 20;
// After SIGTERM: how long open connections may take to finish before the
// io_context is stopped regardless.
constexpr int kStopGraceMs = 3000;
constexpr int kStopCheckMs = 20;
// A reload that read its file while it was being rewritten tries again
// every kReloadRetryMs, kReloadRetries times at most (2 s).
constexpr int kReloadRetryMs = 50;
constexpr int kReloadRetries = 40;

int64_t SystemWallClockMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// A log group's filter stage in a poll run on an engine worker
// (--engine-threads): each read buffer is matched into the group's own batch
// at once, in parallel with other groups, then handed to `apply` (which
// serializes the store's owners) while the buffer is still alive.
class GroupMatcher final : public LineSink {
 public:
  using Apply = std::function<void(std::string_view path, std::string_view records,
                                   const engine::MatchBatch& batch)>;

  void Begin(engine::Pipeline* pipeline, size_t pipeline_group, int64_t time_ms, Apply apply) {
    pipeline_ = pipeline;
    pipeline_group_ = pipeline_group;
    time_ms_ = time_ms;
    apply_ = std::move(apply);
    read_lines_ = false;
  }
  int64_t time_ms() const { return time_ms_; }
  bool read_lines() const { return read_lines_; }

  bool TakesWholeBuffers() const override { return true; }
  size_t OnRecords(std::string_view path, std::string_view records) override {
    const size_t count = pipeline_->MatchBuffer(pipeline_group_, records, time_ms_, batch_);
    read_lines_ = true;
    apply_(path, records, batch_);
    return count;
  }
  // Lines cut apart (none holds a terminator): one record each.
  void OnLines(const LineBatch& batch) override {
    if (!batch.records.empty()) {
      OnRecords(batch.path, batch.records);
      return;
    }
    joined_.clear();
    for (std::string_view line : batch.lines) {
      joined_.append(line);
      joined_.push_back('\n');
    }
    OnRecords(batch.path, joined_);
  }

 private:
  engine::Pipeline* pipeline_ = nullptr;
  size_t pipeline_group_ = 0;
  int64_t time_ms_ = 0;
  Apply apply_;
  bool read_lines_ = false;
  engine::MatchBatch batch_;  // reused: a warm matcher does not allocate
  std::string joined_;
};

// One log group's tail stage. Owned by the engine strand; inotify handlers
// hold it by shared_ptr, so a group dropped or rebuilt by a reload is never
// reached through a dangling index or descriptor.
struct TailGroup {
  std::string name;
  TailSetOptions options;
  std::unique_ptr<TailSet> tail;
  std::unique_ptr<asio::posix::stream_descriptor> inotify;  // a dup of tail's fd
  std::unique_ptr<GroupRecordSources> sources;              // journal / kernel, or null
  uint64_t reported_vacuumed = 0;                           // of sources', in lines_dropped
  uint64_t reported_overrun = 0;
  TailCounters base;                   // earlier runs and earlier TailSets of this group
  uint64_t reported_unseen_lines = 0;  // of tail's, in tailwatch_lines_dropped_total
  int64_t last_line_ms = 0;            // TailGroupStats::last_line_ms
  bool closed = false;
  double bytes_per_ms = 0;  // moving average over polls; 0 = not measured yet
  GroupMatcher matcher;     // its filter stage in a poll on the engine workers

  size_t PollBudgetBytes() const {
    if (bytes_per_ms <= 0) return kMinPollBudgetBytes;
    return std::clamp(static_cast<size_t>(bytes_per_ms * kPollWorkMs), kMinPollBudgetBytes,
                      kMaxPollBudgetBytes);
  }

  void LearnPollRate(uint64_t bytes, double ms) {
    if (bytes < kPollRateSampleBytes || ms <= 0) return;
    const double rate = static_cast<double>(bytes) / ms;
    bytes_per_ms = bytes_per_ms <= 0 ? rate : 0.75 * bytes_per_ms + 0.25 * rate;
  }

  TailCounters Totals() const {
    const TailCounters now = tail ? tail->counters() : TailCounters{};
    TailCounters total = AddCumulative(base, now);
    total.files_watched = now.files_watched;
    return total;
  }

  // Releases the files, the inotify instance and its dup at once; a pending
  // wait completes with operation_aborted and finds `closed`.
  void Close() {
    closed = true;
    if (inotify) {
      boost::system::error_code ec;
      inotify->close(ec);
      inotify.reset();
    }
    tail.reset();
    sources.reset();
  }
};

}  // namespace

struct Daemon::Impl final : public LineSink, public IngestSink, public SourceEventSink {
  explicit Impl(DaemonOptions o)
      : options(std::move(o)),
        wall_clock(options.wall_clock_ms ? options.wall_clock_ms : SystemWallClockMs),
        strand(asio::make_strand(ioc)),
        signals(ioc, SIGHUP, SIGTERM, SIGINT),
        poll_timer(strand),
        tick_timer(strand),
        checkpoint_timer(strand),
        watchdog_timer(strand),
        stop_timer(strand),
        reload_retry_timer(strand) {}

  // ---- start-up ----------------------------------------------------------

  // The configuration file with the definitions made over the API merged in
  // (state_dir/api_definitions.yaml, or `api_candidate` instead of it);
  // `with_api` false: the file alone.
  config::LoadResult LoadConfig(const std::string* api_candidate = nullptr,
                                bool with_api = true) const {
    config::LoadOptions load_options;
    load_options.api_definitions = with_api;
    load_options.state_dir = options.state_dir;
    if (api_candidate != nullptr) load_options.api_definitions_text = *api_candidate;
    config::LoadResult result =
        options.config_path.empty()
            ? config::LoadEmbeddedDefault(EmbeddedDefaultPacks(), load_options)
            : config::LoadConfigFile(options.config_path, load_options);
    if (!result.ok()) return result;
    config::Config& c = *result.config;
    if (!options.listen.empty()) {
      // The override goes through the same parser as the file's server.listen.
      auto address = config::ParseListenAddress(options.listen);
      if (!address) {
        result.errors.push_back(config::Diagnostic{
            "--listen", 0, 0, "'" + options.listen + "': " + address.error().ToString()});
        result.config.reset();
        return result;
      }
      c.server.listen = options.listen;
      c.server.listen_host = address->host;
      c.server.listen_port = address->port;
      c.server.listen_is_loopback = address->loopback;
    }
    if (!options.state_dir.empty()) c.state_dir = options.state_dir;
    return result;
  }

  // LoadConfig() at start and reload. When the API definitions document is
  // what fails (corrupt, or a definition the file no longer fits), its
  // errors are logged and the file alone is loaded: the daemon runs, and
  // API writes are refused until the document is fixed or removed.
  config::LoadResult LoadConfigForRun() {
    config::LoadResult loaded = LoadConfig();
    api_definitions_readable = true;
    if (loaded.ok() || !loaded.api_definitions_failed) return loaded;
    for (const auto& e : loaded.errors) TW_LOG_ERROR("%s", e.ToString().c_str());
    TW_LOG_ERROR(
        "the definitions made over the API could not be loaded; running on the configuration "
        "file alone (fix or remove the document named above)");
    api_definitions_readable = false;
    return LoadConfig(nullptr, /*with_api=*/false);
  }

  // The embedded default watches the kernel's log (the GPU-node pack) where
  // one is readable: a journal holding kernel entries, or /dev/kmsg.
  static std::vector<std::string> EmbeddedDefaultPacks() {
    if (!ProbeKernelLog().any()) return {};
    return {"packs/gpu-node.yaml"};
  }

  int Start() {
    config::LoadResult loaded = LoadConfigForRun();
    for (const auto& w : loaded.warnings) TW_LOG_WARNING("%s", w.ToString().c_str());
    if (!loaded.ok()) {
      for (const auto& e : loaded.errors) TW_LOG_ERROR("%s", e.ToString().c_str());
      return 1;
    }
    config = std::move(*loaded.config);
    PublishDefinitions();
    {
      // Before the listener: the Logs API's routes read it from the first request.
      std::error_code dir_error;
      std::filesystem::create_directories(config.state_dir, dir_error);
      auto opened = LogsCatalog::Open(
          dir_error ? std::string() : config.state_dir + "/logs_catalog.json", wall_clock);
      if (!opened) {
        TW_LOG_ERROR("%s", opened.error().message.c_str());
        return 1;
      }
      catalog = std::move(*opened);
    }
    if (!config.server.listen_is_loopback && config.server.auth_token.empty()) {
      TW_LOG_ERROR(
          "refusing to listen on %s without a token: a non-loopback listener needs "
          "server.auth_token_file (or listen on 127.0.0.1)",
          config.server.listen.c_str());
      return 1;
    }
    // Listen first: clients and health checks that connect while the rest
    // starts wait in the accept queue instead of being refused; nothing is
    // served before the io threads run, when everything below is in place.
    if (int rc = StartHttp(); rc != 0) return rc;
    auto built = BuildPipeline(config);
    if (!built) {
      TW_LOG_ERROR("%s: %s", config.source_name.c_str(), built.error().message.c_str());
      return 1;
    }
    pipeline = std::move(*built);
    // The worker calls back on its thread: hand the news to the strand.
    log_anomalies = std::make_unique<LogAnomalyWorker>(
        std::make_unique<LogAnomalyRuntime>(config.log_anomaly_detectors, config.region,
                                            config.account_id),
        [this] { asio::post(strand, [this] { OnAnomalyUpdate(); }); });

    std::error_code ec;
    std::filesystem::create_directories(config.state_dir, ec);
    if (ec) {
      TW_LOG_ERROR("state_dir %s: %s", config.state_dir.c_str(), ec.message().c_str());
      return 1;
    }
    checkpoints = std::make_unique<CheckpointStore>(config.state_dir);
    auto history = AlarmHistoryStore::Open(config.state_dir + "/alarm-history");
    if (!history) {
      TW_LOG_ERROR("%s", history.error().message.c_str());
      return 1;
    }
    alarm_history = std::move(*history);
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
    nofile_limit = RaiseNoFileLimit();
    kmsg_defaults.boot_id = KmsgSource::ReadBootId();
    timespec monotonic{};
    ::clock_gettime(CLOCK_MONOTONIC, &monotonic);
    kmsg_defaults.boot_epoch_ms =
        wall_clock() - (int64_t{monotonic.tv_sec} * 1000 + monotonic.tv_nsec / 1000000);
    for (const config::LogGroupConfig& group_config : config.log_groups) {
      groups.push_back(MakeGroup(group_config.name, TailOptions(group_config, config),
                                 RecordSourceOptionsFor(group_config)));
    }
    uint64_t journal_covered = 0;
    if (restored->has_value()) {
      const Checkpoint& cp = **restored;
      if (!cp.warning.empty()) TW_LOG_WARNING("checkpoint: %s", cp.warning.c_str());
      if (Status s = RestoreFrom(cp.sections, &journal_covered); !s) {
        TW_LOG_ERROR(
            "checkpoint %s: %s (move the state_dir's checkpoint files away to start "
            "fresh)",
            cp.source_path.c_str(), s.error().message.c_str());
        return 1;
      }
      TW_LOG_INFO("resumed from checkpoint %s", cp.source_path.c_str());
    }
    if (int rc = OpenJournal(journal_covered); rc != 0) return rc;
    if (int rc = StartSinks(); rc != 0) return rc;
    // Alarms judge only time since each group's first watch (a no-op for
    // groups whose first watch the checkpoint already holds).
    pipeline->BeginObservingAll(wall_clock());

    signals.async_wait(
        [this](const boost::system::error_code& e, int signo) { OnSignal(e, signo); });
    for (const auto& g : groups) WatchInotify(g);
    ResolveActionDestinations();
    PublishSnapshot(/*alarms_changed=*/true);
    asio::post(strand, [this] { PollAll(); });
    ScheduleTick();
    ScheduleCheckpoint();
    ScheduleWatchdog();
    readiness->SetReady(true);
    TW_LOG_INFO(
        "tailwatchd %s: %zu log groups, %zu metric filters, %zu alarms; sources: %s; listening "
        "on %s",
        TAILWATCH_VERSION, config.log_groups.size(), config.metric_filters.size(),
        config.alarms.size(), SourcesLine().c_str(), bound_listen.c_str());
    NotifyReady(StatusLine());
    if (options.on_listening) options.on_listening(server->port());
    return 0;
  }

  static Result<std::unique_ptr<engine::Pipeline>> BuildPipeline(const config::Config& c) {
    auto spec = config::ToPipelineSpec(c);
    if (!spec) return tl::unexpected(spec.error());
    return engine::Pipeline::Create(std::move(*spec));
  }

  // The group's tail options, with its share of the open-files budget.
  TailSetOptions TailOptions(const config::LogGroupConfig& group, const config::Config& c) const {
    TailSetOptions o = TailOptionsFor(group);
    o.max_open_files =
        DefaultMaxOpenFiles(nofile_limit, c.server.max_connections, c.log_groups.size());
    return o;
  }

  // Opens state_dir/journal and replays what the checkpoint does not cover,
  // before any client can push: acknowledged events are counted exactly once.
  int OpenJournal(uint64_t covered) {
    const config::JournalConfig& jc = config.ingest.journal;
    PushJournalOptions o;
    o.dir = config.state_dir + "/journal";
    o.fsync = jc.fsync == config::JournalConfig::Fsync::kAlways     ? JournalFsync::kAlways
              : jc.fsync == config::JournalConfig::Fsync::kInterval ? JournalFsync::kInterval
                                                                    : JournalFsync::kNever;
    o.fsync_interval_ms = jc.fsync_interval_ms;
    o.segment_bytes = jc.segment_bytes;
    o.max_bytes = jc.max_bytes;
    o.max_age_ms = int64_t{jc.max_age_hours} * 3600 * 1000;
    o.now_ms = wall_clock;
    // PutRetentionPolicy lets a group's segments go before max_age_hours.
    // The catalog outlives the journal (declared before it).
    o.group_retention_days = [this](std::string_view group) {
      return catalog->RetentionDays(group);
    };
    auto opened = PushJournal::Open(std::move(o));
    if (!opened) {
      TW_LOG_ERROR("push journal: %s", opened.error().message.c_str());
      return 1;
    }
    journal = std::move(*opened);
    for (const std::string& w : journal->warnings()) TW_LOG_WARNING("push journal: %s", w.c_str());
    journal_applied = covered;
    uint64_t replayed = 0;
    Status s = journal->Replay(covered, [&](const JournalRecord& r) {
      if (auto group = pipeline->FindLogGroup(r.batch.log_group)) {
        pipeline->SetEventSource(r.batch.log_stream);
        for (const IngestEvent& e : r.batch.events) {
          const int64_t time = e.timestamp_ms >= 0 ? e.timestamp_ms : r.append_ms;
          pipeline->ProcessEvent(*group, e.message, time);
          log_anomalies->ObserveEvent(r.batch.log_group, e.message, time);
        }
        replayed += r.batch.events.size();
      }
      journal_applied = r.sequence;
    });
    if (!s) {
      TW_LOG_ERROR("push journal: %s", s.error().message.c_str());
      return 1;
    }
    if (replayed > 0) {
      TW_LOG_INFO("push journal: replayed %llu event(s) acknowledged after the checkpoint",
                  static_cast<unsigned long long>(replayed));
    }
    journaled_sink = std::make_unique<JournaledIngestSink>(
        *journal, *this, [this](const IngestBatch& b) { return Admit(b); },
        [this](const IngestBatch& b) { ingest_in_flight.fetch_sub(b.bytes); });
    return 0;
  }

  // The `sinks:` of the start-up configuration, each on its own thread
  // (daemon/sink/s3_sink.h); a reload does not change them.
  int StartSinks() {
    for (const config::SinkConfig& sink_config : config.sinks) {
      sink::S3SinkOptions o;
      o.config = sink_config;
      for (const std::string& name : sink_config.log_groups) {
        for (const config::LogGroupConfig& g : config.log_groups) {
          if (g.name == name) o.groups.push_back({g.name, g.files, g.start_at_beginning});
        }
      }
      o.state_path = config.state_dir + "/sinks/" + sink_config.name + "/state";
      o.journal = journal.get();
      o.wall_clock_ms = wall_clock;
      o.poll_interval_ms = PollIntervalMs();
      auto creds = notify::ResolveConfiguredAwsCredentials(
          notify::AwsCredentials{sink_config.aws_access_key_id, sink_config.aws_secret_access_key,
                                 sink_config.aws_session_token});
      if (!creds) {
        TW_LOG_ERROR("sink %s: %s", sink_config.name.c_str(), creds.error().message.c_str());
        return 1;
      }
      o.credentials = std::move(*creds);
      auto opened = sink::S3Sink::Open(std::move(o));
      if (!opened) {
        TW_LOG_ERROR("%s", opened.error().message.c_str());
        return 1;
      }
      sinks.push_back(std::move(*opened));
    }
    for (auto& k : sinks) k->Start();
    return 0;
  }

  // The journal sequence up to which every sink is done with the journal.
  uint64_t SinksJournalHold() const {
    uint64_t hold = UINT64_MAX;
    for (const auto& k : sinks) hold = std::min(hold, k->JournalHold());
    return hold;
  }

  std::shared_ptr<TailGroup> MakeGroup(std::string name, TailSetOptions tail_options,
                                       RecordSourceOptions source_options) {
    auto g = std::make_shared<TailGroup>();
    g->name = std::move(name);
    g->options = std::move(tail_options);
    g->tail = std::make_unique<TailSet>(g->options, steady_clock);
    if (source_options.any()) {
      g->sources =
          std::make_unique<GroupRecordSources>(g->name, std::move(source_options), kmsg_defaults);
    }
    return g;
  }

  // Which sources the groups read, for the start-up line: files, journal,
  // kernel (and from where), push.
  std::string SourcesLine() {
    size_t file_groups = 0;
    std::vector<std::string> parts;
    for (const auto& g : groups) {
      if (!g->options.globs.empty()) ++file_groups;
      if (g->sources) {
        // Opening now makes the line say where kernel lines come from.
        g->sources->Poll(*this, 0, wall_clock());
        parts.push_back(g->sources->Describe() + " (" + g->name + ")");
      }
    }
    if (file_groups > 0)
      parts.insert(parts.begin(), std::to_string(file_groups) + " file group(s)");
    if (parts.empty()) return "push only";
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
  }

  int StartHttp() {
    readiness = std::make_shared<http::Readiness>();
    HttpFrontOptions front;
    front.server = config.server;
    front.passed_listener = std::exchange(options.passed_listener, -1);
    if (!config.log_groups.empty()) front.max_line_bytes = config.log_groups[0].max_line_bytes;
    front.wall_clock_ms = wall_clock;
    front.catalog = catalog.get();
    front.read_journal = [this](const std::function<bool(const JournalRecord&)>& fn) -> Status {
      // The journal opens after the listener; no request is served before it.
      if (!journal) return OkStatus();
      return journal->Read(0, fn);
    };
    front.cloudwatch_engine = &cloudwatch_engine;
    front.definitions = &definitions_editor;
    front.identity.version = TAILWATCH_VERSION;
    front.identity.config_source =
        options.config_path.empty() ? std::string("embedded default") : options.config_path;
    front.identity.started_ms = wall_clock();
    front.identity.outbox_pending = [this](const std::string& destination) {
      return notifier ? notifier->Pending(destination) : size_t{0};
    };
    metrics.AddCollectHook([this] { return CollectFamilies(); });
    auto started = StartHttpFront(ioc, front, snapshots, front_sink, metrics, readiness);
    if (!started) {
      TW_LOG_ERROR("%s", started.error().message.c_str());
      return 1;
    }
    server = std::move(*started);
    bound_listen = (config.server.listen_host.find(':') != std::string::npos
                        ? "[" + config.server.listen_host + "]"
                        : config.server.listen_host) +
                   ":" + std::to_string(server->port());
    return 0;
  }

  // ---- pushed events (HTTP threads -> journal -> engine strand) ----------
  // The HTTP routes submit to `journaled_sink`: Admit() decides (stopping,
  // the in-flight byte cap) before anything is journaled, the journal makes
  // the batch durable, then Submit() below runs it on the strand; its `done`
  // is the client's 2xx.

  IngestResult Admit(const IngestBatch& batch) {
    if (stopping) return IngestResult::kShuttingDown;
    const size_t bytes = batch.bytes;
    if (ingest_in_flight.fetch_add(bytes) + bytes > kMaxIngestBytesInFlight && bytes > 0) {
      ingest_in_flight.fetch_sub(bytes);
      return IngestResult::kOverloaded;
    }
    return IngestResult::kAccepted;
  }

  void Submit(IngestBatch batch, std::function<void(IngestResult)> done) override {
    if (stopping) {
      // Also when the io threads are gone: nothing is posted to the strand.
      ingest_in_flight.fetch_sub(batch.bytes);
      return done(batch.journal_sequence > 0 ? IngestResult::kAccepted
                                             : IngestResult::kShuttingDown);
    }
    auto shared = std::make_shared<IngestBatch>(std::move(batch));
    asio::post(strand, [this, shared, done = std::move(done)] {
      ingest_in_flight.fetch_sub(shared->bytes);
      if (stopping) {
        // The final checkpoint is taken: a journaled batch is replayed at the
        // next start (so it is acknowledged), any other is refused.
        return done(shared->journal_sequence > 0 ? IngestResult::kAccepted
                                                 : IngestResult::kShuttingDown);
      }
      auto group = pipeline->FindLogGroup(shared->log_group);
      if (!group) {
        // A group created over the Logs API has no filters: journaled (readable
        // with GetLogEvents) is all there is to do.
        if (catalog->GroupExists(shared->log_group, false)) {
          journal_applied = std::max(journal_applied, shared->journal_sequence);
          return done(IngestResult::kAccepted);
        }
        return done(IngestResult::kUnknownLogGroup);
      }
      const int64_t now = wall_clock();
      pipeline->SetEventSource(shared->log_stream);
      for (const IngestEvent& e : shared->events) {
        const int64_t time = e.timestamp_ms >= 0 ? e.timestamp_ms : now;
        pipeline->ProcessEvent(*group, e.message, time);
        log_anomalies->ObserveEvent(shared->log_group, e.message, time);
      }
      log_anomalies->Flush();
      journal_applied = std::max(journal_applied, shared->journal_sequence);
      DeliverAnomalies();
      DeliverRollingEvents();
      PublishSnapshot(false);
      done(IngestResult::kAccepted);
    });
  }

  bool HasLogGroup(std::string_view log_group) const override {
    const auto snapshot = snapshots.Get();
    if (snapshot &&
        std::binary_search(snapshot->log_groups.begin(), snapshot->log_groups.end(), log_group)) {
      return true;
    }
    return catalog && catalog->GroupExists(log_group, false);
  }

  // ---- snapshots (built on the strand, read anywhere) ---------------------

  // The alarm actions of `config` and their notifier destinations, for the
  // status page's delivery state (GET /api/v1/status "outbox").
  void ResolveActionDestinations() {
    std::map<std::string, std::string> resolved;
    for (const auto& alarm : config.alarms) {
      for (const auto* actions :
           {&alarm.alarm_actions, &alarm.ok_actions, &alarm.insufficient_data_actions}) {
        for (const std::string& action : *actions) {
          if (auto d = notify::ResolveAction(action, config)) resolved[action] = d->name;
        }
      }
    }
    action_destinations.assign(resolved.begin(), resolved.end());
  }

  // The tail state a snapshot shows: what a poll without input may still
  // change (files found or parked, read errors, rotations).
  std::vector<std::pair<TailCounters, size_t>> TailState() const {
    std::vector<std::pair<TailCounters, size_t>> state;
    state.reserve(groups.size());
    for (const auto& g : groups) state.emplace_back(g->Totals(), g->tail ? g->tail->open_fds() : 0);
    return state;
  }

  // After a poll: a poll that fed the engine nothing and changed no tail
  // counter publishes nothing (the tick still publishes once a second).
  void PublishSnapshotIfChanged() {
    if (!engine_input_since_publish && log_anomalies->views()->version == published_views_version &&
        TailState() == published_tail_state) {
      return;
    }
    PublishSnapshot(false);
  }

  void PublishSnapshot(bool alarms_changed) {
    // The detectors' views first, then what they raised: every anomaly the
    // views list is then in the store (AnomalyCount) and the outbox of this
    // snapshot (the worker hands an anomaly over before it rebuilds views).
    const auto views = log_anomalies->views();
    DeliverAnomalies();
    engine_input_since_publish = false;
    published_tail_state = TailState();
    auto next = std::make_shared<EngineSnapshot>();
    next->version = ++snapshot_version;
    next->engine_families =
        std::make_shared<const std::vector<exporter::DynamicFamily>>(EngineFamilies(*pipeline));
    next->filter_recent_matches =
        std::make_shared<const std::vector<engine::FilterRecentMatches>>(pipeline->RecentMatches());
    if (alarms_changed || !alarms_json) {
      alarms_json = std::make_shared<const std::string>(AlarmsJson(*pipeline, transitions));
      alarm_records =
          std::make_shared<const std::vector<AlarmStatusRecord>>(AlarmStatusRecords(*pipeline));
    }
    next->alarms_json = alarms_json;
    next->alarm_records = alarm_records;
    next->action_destinations = action_destinations;
    if (alarm_history) next->alarm_history = alarm_history->view();
    if (notifier) next->deliveries = notifier->Deliveries();
    next->tail_groups.reserve(groups.size());
    for (const auto& g : groups) {
      next->tail_groups.push_back({g->name, g->Totals(), g->tail->open_fds(),
                                   g->tail->max_open_files(), g->tail->paths(), g->last_line_ms,
                                   g->tail->bytes_behind()});
    }
    for (const auto& group : pipeline->spec().log_groups) next->log_groups.push_back(group.name);
    std::sort(next->log_groups.begin(), next->log_groups.end());
    next->metric_filters = metric_filters_view;
    published_views_version = views->version;
    next->anomalies_json = views->anomalies_json;
    next->patterns_json = views->patterns_json;
    next->log_patterns = views->log_patterns;
    snapshots.Publish(std::move(next));
    if (options.on_snapshot_published) options.on_snapshot_published(snapshot_version);
  }

  // The detectors' worker raised anomalies or rebuilt its views (at each
  // tick and with each anomaly).
  void OnAnomalyUpdate() {
    if (stopping) return;  // Stop() delivered what was raised before it
    DeliverAnomalies();
    PublishSnapshotIfChanged();
  }

  // On the strand: each raised anomaly becomes an AnomalyCount sample in the
  // metric store, a log line and an outbox record per action, at once.
  void DeliverAnomalies() {
    log_anomalies->TakeRaised(raised_anomalies);
    if (raised_anomalies.empty()) return;
    engine_input_since_publish = true;  // AnomalyCount samples: the store changed
    static constexpr std::string_view kDimensionNames[] = {"Detector", "Kind"};
    for (const RaisedLogAnomaly& r : raised_anomalies) {
      const std::string_view kind = engine::patterns::AnomalyKindName(r.anomaly.kind);
      const std::string_view values[] = {r.detector, kind};
      pipeline->mutable_store().Add(kLogAnomalyNamespace, kLogAnomalyMetric, kDimensionNames,
                                    values, r.anomaly.last_seen_ms, 1.0);
      TW_LOG_INFO("log anomaly %s: %s pattern %s: %s", r.detector.c_str(),
                  std::string(kind).c_str(), r.anomaly.pattern_id.c_str(),
                  r.anomaly.pattern.c_str());
      if (!notifier) continue;
      for (const config::LogAnomalyDetectorConfig& d : config.log_anomaly_detectors) {
        if (d.name != r.detector || d.actions.empty()) continue;
        const std::string& entry = r.entry;
        try {
          notifier->EnqueueEvent(d.actions, r.anomaly.id, r.detector,
                                 "{\"anomalies\":[" + entry + "]}", AnomalyAlertsJson(r, entry),
                                 "log anomaly: " + r.detector);
        } catch (const std::exception& ex) {
          TW_LOG_ERROR("log anomaly %s: notification not queued: %s", r.detector.c_str(),
                       ex.what());
        }
      }
    }
    raised_anomalies.clear();
  }

  // Alertmanager v2 alerts: one firing alert per anomaly, ended after the
  // detector's visibility time.
  std::string AnomalyAlertsJson(const RaisedLogAnomaly& r, const std::string& entry) const {
    std::string out = "[{\"labels\":{";
    auto field = [&out](std::string_view key, std::string_view value, bool comma) {
      if (comma) out += ',';
      engine::AppendJsonString(out, key);
      out += ':';
      engine::AppendJsonString(out, value);
    };
    field("alertname", "LogAnomaly", false);
    field("detector", r.detector, true);
    field("kind", engine::patterns::AnomalyKindName(r.anomaly.kind), true);
    field("pattern_id", r.anomaly.pattern_id, true);
    field("priority", r.anomaly.priority, true);
    out += "},\"annotations\":{";
    field("description", r.anomaly.description, false);
    field("pattern", r.anomaly.pattern, true);
    field("anomaly", entry, true);
    out += "}}]";
    return out;
  }

  // ---- checkpoints -------------------------------------------------------

  // On the strand (or before the threads start): one consistent snapshot.
  CheckpointSections TakeCheckpoint() {
    CheckpointSections sections;
    // The detectors first: mining everything read so far may raise anomalies,
    // whose samples and notifications this checkpoint must then hold.
    if (!log_anomalies->empty()) {
      sections[std::string(kLogAnomalySection)] = log_anomalies->Serialize();
      DeliverAnomalies();
    }
    sections["engine"] = pipeline->Serialize();
    std::vector<std::pair<std::string, TailCounters>> totals;
    for (const auto& g : groups) {
      sections[SectionForGroup(g->name)] = g->tail->SerializeOffsets();
      if (g->sources) g->sources->Save(sections);
      totals.emplace_back(g->name, g->Totals());
    }
    PutTailTotals(totals, sections);
    PutRetiredTails(retired_groups, sections);
    sections[PushJournal::kCheckpointSection] = PushJournal::EncodeCovered(journal_applied);
    return sections;
  }

  Status RestoreFrom(const CheckpointSections& sections, uint64_t* journal_covered) {
    if (auto it = sections.find("engine"); it != sections.end()) {
      if (Status s = pipeline->Restore(it->second); !s) return s;
    }
    if (auto it = sections.find(std::string(kLogAnomalySection)); it != sections.end()) {
      if (Status s = log_anomalies->Restore(it->second); !s) return s;
    }
    if (auto it = sections.find(PushJournal::kCheckpointSection); it != sections.end()) {
      auto covered = PushJournal::DecodeCovered(it->second);
      if (!covered) return MakeError("push journal section: " + covered.error().message);
      *journal_covered = *covered;
    }
    const auto totals = GetTailTotals(sections);
    // A group configured again while the daemon was stopped resumes where it
    // was dropped (a group's own section, from a later run, wins).
    retired_groups = GetRetiredTails(sections);
    for (const auto& g : groups) {
      auto retired = TakeRetired(g->name);
      const auto it = sections.find(SectionForGroup(g->name));
      const std::string* offsets = it != sections.end() ? &it->second
                                   : retired            ? &retired->offsets
                                                        : nullptr;
      if (offsets != nullptr) {
        if (Status s = g->tail->RestoreOffsets(*offsets); !s) {
          return MakeError("log group '" + g->name + "': " + s.error().message);
        }
      }
      if (g->sources) {
        if (Status s = g->sources->Restore(sections); !s) {
          return MakeError("log group '" + g->name + "': " + s.error().message);
        }
      }
      if (auto t = totals.find(g->name); t != totals.end()) {
        g->base = t->second;
      } else if (retired && it == sections.end()) {
        g->base = retired->base;
      }
    }
    // One that ran before and is not configured now is retired, for a reload
    // that configures it again.
    for (const auto& [name, base] : totals) {
      const bool configured = std::any_of(groups.begin(), groups.end(),
                                          [&name](const auto& g) { return g->name == name; });
      if (configured) continue;
      if (auto it = sections.find(SectionForGroup(name)); it != sections.end()) {
        Retire({name, it->second, base});
      }
    }
    return OkStatus();
  }

  void Retire(RetiredTail tail) {
    (void)TakeRetired(tail.name);
    retired_groups.push_back(std::move(tail));
    if (retired_groups.size() > kMaxRetiredTails) {
      TW_LOG_WARNING(
          "log group '%s': where its files stood is forgotten (%zu log groups were "
          "dropped since)",
          retired_groups.front().name.c_str(), kMaxRetiredTails);
      retired_groups.erase(retired_groups.begin());
    }
  }

  std::optional<RetiredTail> TakeRetired(std::string_view name) {
    auto it = std::find_if(retired_groups.begin(), retired_groups.end(),
                           [name](const RetiredTail& t) { return t.name == name; });
    if (it == retired_groups.end()) return std::nullopt;
    RetiredTail out = std::move(*it);
    retired_groups.erase(it);
    return out;
  }

  void ScheduleCheckpoint() {
    checkpoint_timer.expires_after(std::chrono::milliseconds(config.checkpoint_interval_ms));
    checkpoint_timer.async_wait([this](const boost::system::error_code& ec) {
      if (ec || stopping) return;
      CheckpointNow();
      ScheduleCheckpoint();
    });
  }

  // On the strand: takes a snapshot and writes it off the strand (fsync). A
  // request while a write is in flight is remembered and served right after
  // it, so a first-sight checkpoint is never skipped.
  void CheckpointNow() {
    if (checkpoint_in_flight) {
      checkpoint_again = true;
      return;
    }
    checkpoint_in_flight = true;
    checkpoint_again = false;
    auto sections = std::make_shared<CheckpointSections>(TakeCheckpoint());
    const uint64_t covered = journal_applied;
    asio::post(ioc, [this, sections, covered] {
      const bool written = WriteCheckpoint(*sections);
      // Journal records a sink has not shipped yet stay, whatever the engine covered.
      if (written && journal) journal->SetCovered(std::min(covered, SinksJournalHold()));
      asio::post(strand, [this] {
        checkpoint_in_flight = false;
        if (checkpoint_again && !stopping) CheckpointNow();
      });
    });
  }

  bool WriteCheckpoint(const CheckpointSections& sections) {
    // The notifications and history of the state changes these sections
    // hold go to disk first (daemon/notify/notifier.h, alarm_history.h).
    Status s = notifier->Persist();
    if (s && alarm_history) s = alarm_history->Sync();
    if (s) s = checkpoints->Write(sections);
    if (!s) {
      ++checkpoint_failures;
      checkpoint_log.Log(LogLevel::kError, wall_clock(), "checkpoint: %s",
                         s.error().message.c_str());
      return false;
    }
    last_checkpoint_ms = wall_clock();
    return true;
  }

  // ---- the engine strand -------------------------------------------------

  // Read buffers go to the engine whole: it scans each once (ProcessBuffer).
  bool TakesWholeBuffers() const override { return true; }
  size_t OnRecords(std::string_view path, std::string_view records) override {
    engine_input_since_publish = true;
    group_read_lines = true;
    pipeline->SetEventSource(path);
    if (current_group_watched) {
      log_anomalies->ObserveRecords(current_group_name, records, poll_time_ms);
    }
    return pipeline->ProcessBuffer(current_pipeline_group, records, poll_time_ms);
  }

  // Journal entries and kernel records: each at its own time.
  void OnSourceEvent(const SourceEvent& event) override {
    engine_input_since_publish = true;
    group_read_lines = true;
    pipeline->SetEventSource(event.stream);
    pipeline->ProcessEvent(current_pipeline_group, event.message, event.time_ms);
  }

  void OnLines(const LineBatch& batch) override {
    engine_input_since_publish = true;
    group_read_lines = true;
    pipeline->SetEventSource(batch.path);
    if (current_group_watched) {
      if (!batch.records.empty()) {
        log_anomalies->ObserveRecords(current_group_name, batch.records, poll_time_ms);
      } else {
        for (std::string_view line : batch.lines) {
          log_anomalies->ObserveEvent(current_group_name, line, poll_time_ms);
        }
      }
    }
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
    if (engine_workers && groups.size() > 1) {
      more = PollGroupsAtOnce();
    } else {
      for (const auto& g : groups) more |= PollGroup(*g);
    }
    if (const auto now = std::chrono::steady_clock::now();
        !more || now - last_backlog_publish >= kBacklogPublishInterval) {
      PublishSnapshotIfChanged();
      last_backlog_publish = now;
    }
    poll_timer.expires_after(std::chrono::milliseconds(more ? 0 : PollIntervalMs()));
    poll_timer.async_wait([this](const boost::system::error_code& ec) {
      if (!ec && !stopping) PollAll();
    });
  }

  bool PollGroup(TailGroup& g) {
    if (g.closed) return false;
    const auto started = std::chrono::steady_clock::now();
    auto found = pipeline->FindLogGroup(g.name);
    if (!found) return false;
    BeginGroupPoll(g, *found);
    const uint64_t bytes_before = g.tail->counters().bytes_read;
    bool more = g.tail->Poll(*this, g.PollBudgetBytes());
    g.LearnPollRate(
        g.tail->counters().bytes_read - bytes_before,
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count());
    return FinishGroupPoll(g, started) || more;
  }

  // The groups' files read and matched at once on the engine workers (each
  // group's stage its own: TailSet, EventContext, batch). Each batch is
  // applied to the store and alarms under `apply_mutex` as soon as it is
  // matched, each group's in its own order; the strand waits for the join, so
  // nothing else touches them meanwhile. Then, in group order on the strand,
  // each group is finished exactly as PollGroup finishes it: every group's
  // reads are applied before any finishes, so a checkpoint taken while
  // finishing finds the engine holding what every TailSet's offsets say.
  bool PollGroupsAtOnce() {
    struct Active {
      TailGroup* group;
      size_t pipeline_group;
      bool watched;
      std::chrono::steady_clock::time_point started;
      uint64_t bytes_before;
      bool more = false;
      double read_ms = 0;
    };
    std::vector<Active> active;
    active.reserve(groups.size());
    for (const auto& g : groups) {
      if (g->closed) continue;
      auto found = pipeline->FindLogGroup(g->name);
      if (!found) continue;
      if (options.before_group_poll) options.before_group_poll(g->name);
      active.push_back(Active{g.get(), *found, log_anomalies->Watches(g->name),
                              std::chrono::steady_clock::now(), g->tail->counters().bytes_read});
    }
    for (Active& a : active) {
      a.group->matcher.Begin(pipeline.get(), a.pipeline_group, wall_clock(),
                             [this, &a](std::string_view path, std::string_view records,
                                        const engine::MatchBatch& batch) {
                               std::lock_guard<std::mutex> lock(apply_mutex);
                               if (a.watched) {
                                 log_anomalies->ObserveRecords(a.group->name, records,
                                                               a.group->matcher.time_ms());
                               }
                               pipeline->ApplyMatches(a.pipeline_group, batch, path);
                             });
    }
    engine_workers->RunAll(active.size(), [&active](size_t i) {
      Active& a = active[i];
      a.more = a.group->tail->Poll(a.group->matcher, a.group->PollBudgetBytes());
      a.read_ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - a.started)
              .count();
    });
    bool more = false;
    for (Active& a : active) {
      TailGroup& g = *a.group;
      g.LearnPollRate(g.tail->counters().bytes_read - a.bytes_before, a.read_ms);
      SetCurrentGroup(g, a.pipeline_group, g.matcher.time_ms());
      group_read_lines = g.matcher.read_lines();
      engine_input_since_publish |= group_read_lines;
      more |= FinishGroupPoll(g, a.started) || a.more;
    }
    engine_workers->ExpectNextRoundSoon(more);
    return more;
  }

  void BeginGroupPoll(TailGroup& g, size_t pipeline_group) {
    if (options.before_group_poll) options.before_group_poll(g.name);
    SetCurrentGroup(g, pipeline_group, wall_clock());
  }

  void SetCurrentGroup(TailGroup& g, size_t pipeline_group, int64_t time_ms) {
    current_pipeline_group = pipeline_group;
    current_group_name = g.name;
    current_group_watched = log_anomalies->Watches(g.name);
    poll_time_ms = time_ms;
    group_read_lines = false;
  }

  // What follows a group's file reads on the strand: its journal / kernel
  // sources, the deliveries its lines caused, counters and checkpoints.
  bool FinishGroupPoll(TailGroup& g, std::chrono::steady_clock::time_point started) {
    bool more = false;
    if (g.sources) {
      more |= g.sources->Poll(*this, kPollBudgetRecords, poll_time_ms);
      if (const uint64_t v = g.sources->vacuumed_entries(); v > g.reported_vacuumed) {
        journal_vacuumed_dropped->Increment(double(v - g.reported_vacuumed));
        g.reported_vacuumed = v;
      }
      if (const uint64_t o = g.sources->overrun_records(); o > g.reported_overrun) {
        kmsg_overrun_dropped->Increment(double(o - g.reported_overrun));
        g.reported_overrun = o;
      }
    }
    if (group_read_lines) g.last_line_ms = poll_time_ms;
    log_anomalies->Flush();
    DeliverAnomalies();
    DeliverRollingEvents();
    ++polls;
    // A file seen for the first time (or a rotation noticed) is made durable
    // now, not at the next interval: a crash must not forget a generation
    // that is rotated out of the globs before the next checkpoint.
    if (g.tail->TakeIdentitiesChanged() && !stopping) CheckpointNow();
    if (const uint64_t unseen = g.tail->counters().unseen_rotation_lines;
        unseen > g.reported_unseen_lines) {
      unseen_rotation_dropped->Increment(double(unseen - g.reported_unseen_lines));
      g.reported_unseen_lines = unseen;
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

  void WatchInotify(const std::shared_ptr<TailGroup>& g) {
    if (g->inotify || g->closed || g->tail->inotify_fd() < 0) return;
    // The descriptor stays owned by the TailSet: dup it for Asio.
    const int fd = ::dup(g->tail->inotify_fd());
    if (fd < 0) return;
    g->inotify = std::make_unique<asio::posix::stream_descriptor>(strand, fd);
    WaitInotify(g);
  }

  // Exactly one wait is pending per open watch: armed here, re-armed only by
  // its own completion.
  void WaitInotify(std::shared_ptr<TailGroup> g) {
    asio::posix::stream_descriptor* descriptor = g->inotify.get();
    descriptor->async_wait(asio::posix::stream_descriptor::wait_read,
                           [this, g = std::move(g)](const boost::system::error_code& ec) {
                             if (ec || stopping || g->closed) return;
                             g->tail->OnInotifyReadable();
                             const bool more = PollGroup(*g);
                             PublishSnapshotIfChanged();
                             if (more && !stopping) {
                               // Yield between budgets: post the rest.
                               asio::post(strand, [this] { PollAll(); });
                             }
                             WaitInotify(g);
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
    log_anomalies->Advance(wall_clock());
    DeliverAnomalies();
    HandleAlarmEvents(pipeline->Tick(wall_clock()));
  }

  // Rolling alarms change state at the sample that breaches: their events
  // go to history, log and outbox as soon as the batch holding it is
  // processed, not at the next tick.
  void DeliverRollingEvents() {
    if (!pipeline->HasRollingEvents()) return;
    HandleAlarmEvents(pipeline->TakeRollingEvents());
  }

  // On the strand: transitions from evaluation, rolling windows or
  // SetAlarmState are kept, persisted, published, logged and notified.
  void HandleAlarmEvents(std::vector<engine::AlarmEvent> events) {
    // Each event's definition, looked up once.
    std::vector<const engine::AlarmSpec*> specs(events.size(), nullptr);
    for (size_t i = 0; i < events.size(); ++i) {
      engine::AlarmEvent& e = events[i];
      for (const engine::AlarmSpec& spec : config.alarms) {
        if (spec.name == e.alarm_name) specs[i] = &spec;
      }
      if (specs[i] && e.new_state == engine::AlarmState::kAlarm && !config.sinks.empty()) {
        e.log_locations = sink::LogLocationsFor(config, *specs[i], e.time_ms);
      }
    }
    for (const engine::AlarmEvent& e : events) {
      transitions.push_back(e);
      if (transitions.size() > kMaxRecentTransitions) transitions.pop_front();
      if (Status saved = alarm_history ? alarm_history->Append(e) : Status{}; !saved) {
        TW_LOG_WARNING("alarm history: %s", saved.error().message.c_str());
      }
    }
    PublishSnapshot(/*alarms_changed=*/true);
    for (size_t i = 0; i < events.size(); ++i) {
      const engine::AlarmEvent& e = events[i];
      TW_LOG_INFO("alarm %s: %s -> %s: %s", e.alarm_name.c_str(),
                  std::string(engine::AlarmStateName(e.old_state)).c_str(),
                  std::string(engine::AlarmStateName(e.new_state)).c_str(), e.reason.c_str());
      if (!specs[i] || !notifier) continue;
      try {
        notifier->Enqueue(e, *specs[i]);
      } catch (const std::exception& ex) {
        TW_LOG_ERROR("alarm %s: notification not queued: %s", e.alarm_name.c_str(), ex.what());
      }
    }
    if (!events.empty()) NotifyStatus(StatusLine());
  }

  // On the strand.
  std::string StatusLine() const {
    size_t files = 0, in_alarm = 0;
    for (const auto& g : groups) files += g->tail->counters().files_watched;
    for (const auto& s : pipeline->alarms().Statuses()) {
      if (s.state == engine::AlarmState::kAlarm) ++in_alarm;
    }
    const uint64_t events = pipeline->counters().events;
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
      asio::post(strand, [this] {
        if (!stopping) Reload();
      });
      signals.async_wait([this](const boost::system::error_code& e, int s) { OnSignal(e, s); });
      return;
    }
    TW_LOG_INFO("received %s, stopping", signo == SIGTERM ? "SIGTERM" : "SIGINT");
    asio::post(strand, [this] { Stop(); });
  }

  // The configuration file's identity, size and modification time, to tell
  // whether it changed while it was read; nullopt without a file (the
  // embedded default) or when it cannot be read (the load reports that).
  struct ConfigStamp {
    dev_t device = 0;
    ino_t inode = 0;
    off_t size = 0;
    int64_t mtime_ns = 0;
    bool operator==(const ConfigStamp&) const = default;
  };
  std::optional<ConfigStamp> ConfigFileStamp() const {
    if (options.config_path.empty()) return std::nullopt;
    struct stat st {};
    if (::stat(options.config_path.c_str(), &st) != 0) return std::nullopt;
    return ConfigStamp{st.st_dev, st.st_ino, st.st_size,
                       int64_t{st.st_mtim.tv_sec} * 1000000000 + st.st_mtim.tv_nsec};
  }

  // A file rewritten in place (truncated, then written) can be read between
  // the two: empty, or changing while it is read. Applying that would drop
  // the log groups it does not hold yet. Such a reload waits for the writer
  // (kReloadRetryMs at a time, up to kReloadRetries times); a file that stays
  // empty that long is meant to be empty and is applied. A file replaced by
  // rename while it was read is whole either way, old or new (the new one's
  // own SIGHUP follows), so it is applied at once.
  bool ReloadAfterTheWriter(const std::optional<ConfigStamp>& before) {
    const auto after = ConfigFileStamp();
    const bool empty = after && after->size == 0;
    const bool replaced =
        before && after && (before->device != after->device || before->inode != after->inode);
    if ((!empty && (before == after || replaced)) || reload_retries >= kReloadRetries) {
      return false;
    }
    if (reload_retries++ == 0) {
      TW_LOG_INFO("configuration file %s while it was read: reloading once it is written",
                  empty ? "is empty" : "changed");
    }
    reload_retry_timer.expires_after(std::chrono::milliseconds(kReloadRetryMs));
    reload_retry_timer.async_wait([this](const boost::system::error_code& ec) {
      if (!ec && !stopping) Reload(/*retry=*/true);
    });
    return true;
  }

  void Reload(bool retry = false) {
    if (!retry) {
      reload_retries = 0;
      reload_retry_timer.cancel();  // this reload reads the file anew
      NotifyReloading();
      TW_LOG_INFO("reloading configuration");
    }
    const auto stamp = ConfigFileStamp();
    config::LoadResult loaded = LoadConfigForRun();
    if (ReloadAfterTheWriter(stamp)) return;
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
    for (const auto& w : loaded.warnings) TW_LOG_WARNING("%s", w.ToString().c_str());
    if (Status s = Apply(std::move(*loaded.config), nullptr); !s) {
      fail(s.error().message);
      return;
    }
    ++reloads;
    TW_LOG_INFO("configuration reloaded: %zu log groups, %zu metric filters, %zu alarms",
                config.log_groups.size(), config.metric_filters.size(), config.alarms.size());
    NotifyReady(StatusLine());
  }

  // Puts a loaded configuration in force, keeping what a reload keeps (tail
  // offsets, alarm state, learned patterns). `before_commit`, when given,
  // runs once the new pipeline is built and before anything changes; its
  // error stops the change.
  Status Apply(config::Config next, const std::function<Status()>& before_commit) {
    auto built = BuildPipeline(next);
    if (!built) return tl::unexpected(built.error());
    if (before_commit) {
      if (Status s = before_commit(); !s) return s;
    }
    if (next.server.listen != config.server.listen || next.state_dir != config.state_dir) {
      TW_LOG_WARNING("server.listen and state_dir changes take effect at the next restart");
    }
    // The HTTP front was built from the start-up server settings; they stay.
    next.server = config.server;
    next.state_dir = config.state_dir;
    // So do the sinks (their threads and state files); alarm events name
    // the buckets of the sinks that run.
    if (next.sinks != config.sinks) {
      TW_LOG_WARNING("sinks: changes take effect at the next restart");
    }
    next.sinks = config.sinks;

    std::vector<GroupTailConfig> old_tail, new_tail;
    for (const auto& g : groups) {
      old_tail.push_back(
          {g->name, g->options, g->sources ? g->sources->options() : RecordSourceOptions{}});
    }
    for (const config::LogGroupConfig& c : next.log_groups) {
      new_tail.push_back({c.name, TailOptions(c, next), RecordSourceOptionsFor(c)});
    }
    const ReloadPlan plan = PlanReload(old_tail, new_tail);
    std::vector<std::shared_ptr<TailGroup>> next_groups;
    for (size_t i = 0; i < plan.groups.size(); ++i) {
      const ReloadPlan::Step& step = plan.groups[i];
      if (step.action == GroupAction::kKeep) {
        next_groups.push_back(groups[*step.old_index]);  // its wait stays armed
        continue;
      }
      auto g = MakeGroup(new_tail[i].name, new_tail[i].options, new_tail[i].sources);
      // Where the group's files stood and what it counted carry over: start_at
      // is for files never read, not for lines already counted.
      const auto resume = [&g](const std::string& offsets, const TailCounters& base) {
        (void)g->tail->RestoreOffsets(offsets);  // offsets of files no longer watched are dropped
        g->base = base;
      };
      if (step.action == GroupAction::kRebuild) {
        TailGroup& old = *groups[*step.old_index];
        resume(old.tail->SerializeOffsets(), old.Totals());
        if (g->sources && old.sources) g->sources->CarryPositionsFrom(*old.sources);
        g->last_line_ms = old.last_line_ms;
        old.Close();
      } else if (auto retired = TakeRetired(new_tail[i].name)) {
        // A new group that was read before resumes where it stopped.
        resume(retired->offsets, retired->base);
      }
      next_groups.push_back(std::move(g));
    }
    for (size_t index : plan.dropped) {
      TailGroup& dropped = *groups[index];
      if (dropped.tail) Retire({dropped.name, dropped.tail->SerializeOffsets(), dropped.Totals()});
      dropped.Close();
    }

    (*built)->AdoptStateFrom(*pipeline);
    pipeline = std::move(*built);
    // Detectors whose definition is unchanged keep what they learned.
    log_anomalies->Replace(next.log_anomaly_detectors, next.region, next.account_id);
    pipeline->BeginObservingAll(wall_clock());  // new groups: first watch now
    groups = std::move(next_groups);
    config = std::move(next);
    for (const auto& g : groups) WatchInotify(g);  // new and rebuilt groups only
    ResolveActionDestinations();
    PublishDefinitions();
    PublishSnapshot(/*alarms_changed=*/true);
    if (notifier) notifier->Reload(config);
    return OkStatus();
  }

  // What readers see of the definitions: the running filters, and how many
  // definitions came from the API (and how many of those the file shadows).
  void PublishDefinitions() {
    metric_filters_view =
        std::make_shared<const std::vector<engine::FilterSpec>>(config.metric_filters);
    api_definitions_active = config.api_alarm_names.size() + config.api_filter_names.size();
    api_definitions_shadowed = config.api_shadowed;
  }

  // DefinitionsEditor::EditDefinitions on the strand (definitions_editor.h).
  void EditDefinitions(const DefinitionsEditor::Edit& edit,
                       const std::function<void(DefinitionsOutcome)>& done) {
    using Kind = DefinitionsOutcome::Kind;
    const std::string path = config::ApiDefinitionsPath(config.state_dir);
    if (!api_definitions_readable) {
      return done({Kind::kUnavailable, "",
                   path + " could not be loaded (see the log); fix or remove it first."});
    }
    config::ApiDefinitions document = config.api_definitions;
    const DefinitionsVerdict verdict = edit(document, config);
    if (!verdict.error_code.empty()) {
      return done({Kind::kRefused, verdict.error_code, verdict.error_message});
    }
    if (!verdict.changed) return done({Kind::kApplied, "", ""});
    const std::string text = config::ApiDefinitionsYaml(document);
    config::LoadResult loaded = LoadConfig(&text);
    if (!loaded.ok()) {
      std::string why;
      for (const config::Diagnostic& d : loaded.errors) {
        // The candidate's positions mean nothing to the client; the file's do.
        why += (why.empty() ? "" : "; ") + (d.file == path ? d.message : d.ToString());
      }
      return done({Kind::kInvalid, "", why});
    }
    Status applied = Apply(std::move(*loaded.config),
                           [&path, &text] { return WriteFileAtomically(path, text); });
    if (!applied) {
      TW_LOG_ERROR("definition over the API not applied: %s", applied.error().message.c_str());
      return done({Kind::kUnavailable, "", applied.error().message});
    }
    ++api_definition_changes;
    TW_LOG_INFO("definitions over the API changed: %zu metric filters, %zu alarms in force",
                config.metric_filters.size(), config.alarms.size());
    done({Kind::kApplied, "", ""});
  }

  // Ends every piece of work so each io thread's run() returns on its own:
  // timers, signals and inotify waits cancelled, the listener and every
  // connection closed. A connection still open after kStopGraceMs is cut by
  // stopping the io_context.
  void Stop() {
    if (stopping) return;
    NotifyStopping();
    readiness->SetReady(false);
    // Read what is already written before the final checkpoint, and let the
    // detectors judge it while the notifier still takes notifications.
    for (const auto& g : groups) {
      for (int round = 0; round < 64 && PollGroup(*g); ++round) {
      }
    }
    if (log_anomalies) {
      log_anomalies->Drain();
      DeliverAnomalies();
    }
    stopping = true;
    poll_timer.cancel();
    tick_timer.cancel();
    checkpoint_timer.cancel();
    watchdog_timer.cancel();
    reload_retry_timer.cancel();
    boost::system::error_code ignored;
    signals.cancel(ignored);
    for (const auto& g : groups) {
      if (g->inotify) g->inotify->cancel(ignored);
    }
    server->Stop();
    if (notifier) notifier->Stop();
    final_sections = TakeCheckpoint();
    stop_started = std::chrono::steady_clock::now();
    AwaitConnectionsClosed();
  }

  void AwaitConnectionsClosed() {
    if (server->open_connections() == 0) return;  // nothing left: run() returns
    if (std::chrono::steady_clock::now() - stop_started > std::chrono::milliseconds(kStopGraceMs)) {
      TW_LOG_WARNING("%zu connection(s) still open after %d ms; closing them",
                     server->open_connections(), kStopGraceMs);
      ioc.stop();
      return;
    }
    stop_timer.expires_after(std::chrono::milliseconds(kStopCheckMs));
    stop_timer.async_wait([this](const boost::system::error_code& ec) {
      if (!ec) AwaitConnectionsClosed();
    });
  }

  // ---- /metrics (any HTTP thread; reads the published snapshot) -----------

  std::vector<exporter::DynamicFamily> CollectFamilies() const {
    using exporter::DynamicFamily;
    using exporter::SeriesType;
    std::vector<DynamicFamily> out;
    if (const auto snapshot = snapshots.Get()) {
      out = *snapshot->engine_families;
      for (DynamicFamily& f : TailFamilies(snapshot->tail_groups)) out.push_back(std::move(f));
      if (snapshot->log_patterns && !snapshot->log_patterns->empty()) {
        DynamicFamily patterns{"tailwatch_log_patterns",
                               "Live patterns the log-anomaly detectors learned, by log group.",
                               SeriesType::kGauge,
                               {}};
        for (const auto& [group, count] : *snapshot->log_patterns) {
          patterns.series.push_back({{{"log_group", group}}, count});
        }
        out.push_back(std::move(patterns));
      }
    }
    const int64_t last = last_checkpoint_ms.load();
    out.push_back({"tailwatch_checkpoint_age_seconds",
                   "Seconds since the last checkpoint was written (-1: none yet).",
                   SeriesType::kGauge,
                   {{{}, last == 0 ? -1.0 : double(wall_clock() - last) / 1000.0}}});
    out.push_back({"tailwatch_checkpoint_failures_total",
                   "Checkpoint writes that failed.",
                   SeriesType::kCounter,
                   {{{}, double(checkpoint_failures.load())}}});
    out.push_back({"tailwatch_config_reloads_total",
                   "Configuration reloads applied.",
                   SeriesType::kCounter,
                   {{{}, double(reloads.load())}}});
    out.push_back({"tailwatch_api_definition_changes_total",
                   "Definitions made over the API put in force (PutMetricAlarm, PutMetricFilter, "
                   "DeleteAlarms, ...).",
                   SeriesType::kCounter,
                   {{{}, double(api_definition_changes.load())}}});
    out.push_back({"tailwatch_api_definitions",
                   "Metric filters and alarms made over the API, by state (active, or shadowed: "
                   "the configuration file defines the same name and wins).",
                   SeriesType::kGauge,
                   {{{{"state", "active"}}, double(api_definitions_active.load())},
                    {{{"state", "shadowed"}}, double(api_definitions_shadowed.load())}}});
    out.push_back({"tailwatch_config_reload_failures_total",

                   "Configuration reloads refused (the running configuration was kept).",
                   SeriesType::kCounter,
                   {{{}, double(reload_failures.load())}}});
    if (journal) {
      const JournalCounters j = journal->counters();
      out.push_back({"tailwatch_push_journal_records_total",
                     "Pushed batches written to the journal before their 2xx.",
                     SeriesType::kCounter,
                     {{{}, double(j.records_appended)}}});
      out.push_back({"tailwatch_push_journal_bytes_total",
                     "Bytes written to the push journal.",
                     SeriesType::kCounter,
                     {{{}, double(j.bytes_appended)}}});
      out.push_back({"tailwatch_push_journal_syncs_total",
                     "fdatasync calls of the push journal (records / syncs = group size).",
                     SeriesType::kCounter,
                     {{{}, double(j.syncs)}}});
      out.push_back({"tailwatch_push_journal_append_errors_total",
                     "Pushed batches refused (503) because the journal write failed.",
                     SeriesType::kCounter,
                     {{{}, double(j.append_errors)}}});
      out.push_back(
          {"tailwatch_push_journal_segments_deleted_total",
           "Checkpointed journal segments deleted, by what made them go: the journal's "
           "max_bytes/max_age_hours (limits) or every group's retention policy.",
           SeriesType::kCounter,
           {{{{"reason", "limits"}},
             double(j.segments_deleted - j.segments_deleted_by_group_retention)},
            {{{"reason", "group_retention"}}, double(j.segments_deleted_by_group_retention)}}});
    }
    AppendSinkFamilies(out);
    out.push_back({"tailwatch_tail_polls_total",
                   "Polls of a log group's files (per inotify wake-up, poll interval, backlog).",
                   SeriesType::kCounter,
                   {{{}, double(polls.load())}}});
    return out;
  }

  void AppendSinkFamilies(std::vector<exporter::DynamicFamily>& out) const {
    using exporter::DynamicFamily;
    using exporter::SeriesType;
    if (sinks.empty()) return;
    struct Field {
      const char* name;
      const char* help;
      SeriesType type;
      uint64_t sink::SinkCounters::*value;
    };
    static constexpr Field kFields[] = {
        {"tailwatch_sink_objects_total", "Objects a sink uploaded.", SeriesType::kCounter,
         &sink::SinkCounters::objects},
        {"tailwatch_sink_bytes_total", "Compressed bytes a sink uploaded.", SeriesType::kCounter,
         &sink::SinkCounters::bytes},
        {"tailwatch_sink_raw_bytes_total", "Bytes of log lines in the objects a sink uploaded.",
         SeriesType::kCounter, &sink::SinkCounters::raw_bytes},
        {"tailwatch_sink_upload_failures_total",
         "Upload attempts that failed (each batch is retried with backoff).", SeriesType::kCounter,
         &sink::SinkCounters::upload_failures},
        {"tailwatch_sink_batches_lost_total",
         "Recorded batches whose source was gone before their upload (file deleted).",
         SeriesType::kCounter, &sink::SinkCounters::batches_lost},
        {"tailwatch_sink_state_write_failures_total",
         "Writes of a sink's state that failed (uploads wait for the next one).",
         SeriesType::kCounter, &sink::SinkCounters::state_write_failures},
        {"tailwatch_sink_pending_batches", "Batches a sink recorded and has not uploaded yet.",
         SeriesType::kGauge, &sink::SinkCounters::pending},
    };
    std::vector<sink::SinkCounters> counters;
    for (const auto& k : sinks) counters.push_back(k->counters());
    for (const Field& field : kFields) {
      DynamicFamily family{field.name, field.help, field.type, {}};
      for (size_t i = 0; i < sinks.size(); ++i) {
        family.series.push_back({{{"sink", sinks[i]->name()}}, double(counters[i].*field.value)});
      }
      out.push_back(std::move(family));
    }
  }

  // ---- state -------------------------------------------------------------
  // Declaration order is destruction order reversed: everything a session or
  // handler may reach (metrics, snapshots, this object's sink) is declared
  // before the io_context, so it outlives the handlers ~io_context destroys.

  DaemonOptions options;
  std::function<int64_t()> wall_clock;
  exporter::MetricsRegistry metrics;
  SnapshotCell<EngineSnapshot> snapshots;
  std::atomic<int64_t> last_checkpoint_ms{0};
  std::atomic<uint64_t> checkpoint_failures{0};
  std::atomic<uint64_t> reloads{0};
  std::atomic<uint64_t> reload_failures{0};
  std::atomic<uint64_t> api_definition_changes{0};
  std::atomic<size_t> api_definitions_active{0};
  std::atomic<size_t> api_definitions_shadowed{0};
  // Whether state_dir/api_definitions.yaml loaded at the last start or reload.
  bool api_definitions_readable = true;
  std::shared_ptr<const std::vector<engine::FilterSpec>> metric_filters_view;
  std::atomic<uint64_t> polls{0};

  std::atomic<bool> stopping{false};
  std::atomic<size_t> ingest_in_flight{0};
  std::unique_ptr<CheckpointStore> checkpoints;
  // Groups and streams of the Logs API (state_dir/logs_catalog.json).
  std::unique_ptr<LogsCatalog> catalog;
  // Accepted pushes, durable before the 2xx; its writer thread is joined in
  // Run() before anything it calls back into goes away.
  std::unique_ptr<PushJournal> journal;
  std::unique_ptr<JournaledIngestSink> journaled_sink;
  // S3 sinks; they read the journal, so they stop before it closes.
  std::vector<std::unique_ptr<sink::S3Sink>> sinks;
  // What the HTTP routes push to: the journaled sink, once Start() made it
  // (no route runs before the io threads do).
  struct FrontSink final : IngestSink {
    explicit FrontSink(Impl& d) : daemon(d) {}
    void Submit(IngestBatch batch, std::function<void(IngestResult)> done) override {
      daemon.journaled_sink->Submit(std::move(batch), std::move(done));
    }
    bool HasLogGroup(std::string_view log_group) const override {
      return daemon.HasLogGroup(log_group);
    }
    Impl& daemon;
  } front_sink{*this};
  // The CloudWatch API's metric operations, run on the strand.
  struct CloudWatchStrand final : cloudwatch::CloudWatchEngine {
    explicit CloudWatchStrand(Impl& d) : daemon(d) {}
    void WithMetricStore(std::function<void(engine::MetricStore*)> work, bool writes) override {
      if (daemon.stopping) return work(nullptr);
      asio::post(daemon.strand, [this, work = std::move(work), writes] {
        if (daemon.stopping) return work(nullptr);
        work(&daemon.pipeline->mutable_store());
        if (writes) daemon.PublishSnapshot(false);
      });
    }
    void WithMetricsAndBands(
        std::function<void(const engine::MetricStore*, const engine::anomaly::BandTracker*)> work)
        override {
      if (daemon.stopping) return work(nullptr, nullptr);
      asio::post(daemon.strand, [this, work = std::move(work)] {
        if (daemon.stopping) return work(nullptr, nullptr);
        work(&daemon.pipeline->store(), &daemon.pipeline->alarms().bands());
      });
    }
    void SetAlarmState(std::string name, engine::AlarmState state, std::string reason,
                       std::string reason_data_json,
                       std::function<void(bool, bool)> done) override {
      if (daemon.stopping) return done(false, true);
      auto request = std::make_shared<std::tuple<std::string, std::string, std::string>>(
          std::move(name), std::move(reason), std::move(reason_data_json));
      asio::post(daemon.strand, [this, request, state, done = std::move(done)] {
        if (daemon.stopping) return done(false, true);
        auto& [alarm, why, data] = *request;
        std::vector<engine::AlarmEvent> events;
        if (!daemon.pipeline->SetAlarmState(alarm, state, why, data, daemon.wall_clock(), events)) {
          return done(false, false);
        }
        daemon.HandleAlarmEvents(events);  // publishes the new reason even without a change
        done(true, false);
      });
    }
    Impl& daemon;
  } cloudwatch_engine{*this};
  // PutMetricAlarm, PutMetricFilter and the other definition writes.
  struct DefinitionsStrand final : DefinitionsEditor {
    explicit DefinitionsStrand(Impl& d) : daemon(d) {}
    void EditDefinitions(Edit edit, std::function<void(DefinitionsOutcome)> done) override {
      const DefinitionsOutcome stopping{DefinitionsOutcome::Kind::kUnavailable, "",
                                        "tailwatchd is shutting down; retry later."};
      if (daemon.stopping) return done(stopping);
      asio::post(daemon.strand, [this, edit = std::move(edit), done = std::move(done), stopping] {
        if (daemon.stopping) return done(stopping);
        daemon.EditDefinitions(edit, done);
      });
    }
    Impl& daemon;
  } definitions_editor{*this};

  RateLimitedLog checkpoint_log{3, 60000};
  std::unique_ptr<notify::Notifier> notifier;  // alarm notifications (daemon/notify)
  std::shared_ptr<http::Readiness> readiness;

  asio::io_context ioc;
  Strand strand;
  asio::signal_set signals;
  asio::steady_timer poll_timer;
  asio::steady_timer tick_timer;
  asio::steady_timer checkpoint_timer;
  asio::steady_timer watchdog_timer;
  asio::steady_timer stop_timer;
  asio::steady_timer reload_retry_timer;  // a reload waiting for its file to be written
  int reload_retries = 0;
  std::chrono::steady_clock::time_point stop_started;
  std::unique_ptr<http::HttpServer> server;
  std::string bound_listen;

  // Owned by the engine strand (and by start-up, before the io threads run).
  // Log groups not configured now that were read before (dropped by a
  // reload, or configured in an earlier run): where their files stood, for a
  // reload or restart that configures them again. Oldest first, at most
  // kMaxRetiredTails; checkpointed.
  std::vector<RetiredTail> retired_groups;
  config::Config config;
  std::unique_ptr<engine::Pipeline> pipeline;
  // --engine-threads > 1: the threads that read and match groups at once.
  std::mutex apply_mutex;  // held by a worker applying its group's batch
  std::unique_ptr<EngineWorkers> engine_workers =
      options.engine_threads > 1 ? std::make_unique<EngineWorkers>(options.engine_threads)
                                 : nullptr;
  std::unique_ptr<LogAnomalyWorker> log_anomalies;
  std::vector<RaisedLogAnomaly> raised_anomalies;  // taken from the worker, not yet delivered
  uint64_t published_views_version = 0;
  std::string_view current_group_name;  // set per Poll
  bool current_group_watched = false;   // set per Poll
  bool group_read_lines = false;        // the group's poll delivered a line
  std::vector<std::shared_ptr<TailGroup>> groups;
  std::deque<engine::AlarmEvent> transitions;
  std::unique_ptr<AlarmHistoryStore> alarm_history;
  std::vector<std::pair<std::string, std::string>> action_destinations;
  std::shared_ptr<const std::string> alarms_json;
  std::shared_ptr<const std::vector<AlarmStatusRecord>> alarm_records;
  uint64_t snapshot_version = 0;
  bool engine_input_since_publish = true;
  std::vector<std::pair<TailCounters, size_t>> published_tail_state;
  size_t current_pipeline_group = 0;  // set per Poll
  uint64_t journal_applied = 0;       // last journal sequence the engine ran
  bool checkpoint_in_flight = false;
  bool checkpoint_again = false;
  size_t nofile_limit = 0;
  int64_t poll_time_ms = 0;
  std::chrono::steady_clock::time_point last_backlog_publish;  // PollAll's
  SteadyClock steady_clock;
  std::optional<CheckpointSections> final_sections;

  prometheus::Histogram* poll_latency = &metrics.self().processing_latency->Add(
      {{"stage", "tail_and_match"}}, exporter::LatencyBucketsSeconds());
  // Lines of files created and rotated out of the globs while tailwatchd was
  // down, found on restore (docs/operations.md).
  prometheus::Counter* unseen_rotation_dropped =
      &metrics.self().lines_dropped->Add({{"reason", "unseen_rotation"}});
  // Journal entries vacuumed before they were read (an upper bound: entries
  // of any unit in the gap) and /dev/kmsg records the ring buffer overwrote
  // before they were read (docs/operations.md).
  prometheus::Counter* journal_vacuumed_dropped =
      &metrics.self().lines_dropped->Add({{"reason", "journal_vacuumed"}});
  prometheus::Counter* kmsg_overrun_dropped =
      &metrics.self().lines_dropped->Add({{"reason", "kmsg_overrun"}});
  KmsgSourceOptions kmsg_defaults;  // this boot's id and epoch, set at start-up
};

Daemon::Daemon(DaemonOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Daemon::~Daemon() = default;

namespace {

// An exception escaping a handler leaves run(); log it and carry on serving
// (Asio allows calling run() again), rather than end the thread or process.
void RunLoop(boost::asio::io_context& ioc) {
  for (;;) {
    try {
      ioc.run();
      return;
    } catch (const std::exception& e) {
      TW_LOG_ERROR("internal error in an event handler (continuing): %s", e.what());
    } catch (...) {
      TW_LOG_ERROR("internal error in an event handler (continuing)");
    }
  }
}

}  // namespace

int Daemon::Run() {
  Impl& impl = *impl_;
  if (int rc = impl.Start(); rc != 0) return rc;
  std::vector<std::thread> threads;
  const int extra = std::max(0, impl.options.io_threads - 1);
  for (int i = 0; i < extra; ++i) {
    threads.emplace_back([&impl] { RunLoop(impl.ioc); });
  }
  RunLoop(impl.ioc);
  for (std::thread& t : threads) t.join();
  // Batches the journal still completes are refused or acknowledged by
  // Submit's stopping rule without reaching the (stopped) strand.
  for (auto& k : impl.sinks) k->Stop();
  impl.journaled_sink.reset();
  impl.journal.reset();
  if (impl.final_sections) {
    if (impl.alarm_history) {
      if (Status s = impl.alarm_history->Sync(); !s) {
        TW_LOG_ERROR("alarm history: %s", s.error().message.c_str());
      }
    }
    if (Status s = impl.checkpoints->Write(*impl.final_sections); !s) {
      TW_LOG_ERROR("final checkpoint: %s", s.error().message.c_str());
      return 1;
    }
  }
  TW_LOG_INFO("stopped");
  return 0;
}

}  // namespace tailwatch::daemon

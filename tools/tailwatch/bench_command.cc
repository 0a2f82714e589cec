// `tailwatch bench`: what a configuration costs on the user's own logs.
//
// Runs the whole engine (filters, metric store, alarms) of one log group over
// the files, from the page cache after a warm-up read, and reports MB/s,
// lines/s and events/s beside the read+scan floor (read the same buffers and
// find the line ends, nothing else). Then a per-filter table: how many events
// each filter evaluated exactly (past the shared prefilter), how many it
// matched, and its cost, measured by removing the filter and running again
// (cost = time with it − time without it, each the best of --repeat runs).
// Removal measures what a filter really adds, prefilter sharing included,
// where sampling a profiler would charge the shared scan to no one.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "config/pipeline_spec.h"
#include "engine/alarm/format.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_set.h"
#include "engine/pipeline/pipeline.h"
#include "tools/tailwatch/commands.h"
#include "tools/tailwatch/record_reader.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch bench --config FILE [--group NAME] [--repeat N] [--json] LOG...\n"
    "\n"
    "Measures the configuration's filters of one log group on LOG files (read from the page\n"
    "cache after a warm-up read): MB/s, lines/s and events/s of the whole engine beside the\n"
    "read+scan floor, then a per-filter table sorted by cost:\n"
    "  evaluated  events the filter's pattern decided itself (the shared prefilter could not)\n"
    "  matched    events it matched\n"
    "  cost       time with the filter minus time without it (each run removes one filter and\n"
    "             runs again; best of --repeat runs), in ms and as a share of the whole\n"
    "  hint       why a filter is expensive, e.g. it sees every event\n"
    "\n"
    "  --config FILE   the configuration\n"
    "  --group NAME    the log group whose filters run (default: the first)\n"
    "  --repeat N      runs per measurement, the best kept (default 3)\n"
    "  --json          one JSON object instead of the table\n"
    "\n"
    "Exit: 0 ok, 1 bad config or input, 2 usage error.\n";

using Clock = std::chrono::steady_clock;

int Usage(const std::string& message) {
  std::fprintf(stderr, "tailwatch bench: %s\n(see tailwatch bench --help)\n", message.c_str());
  return kExitUsage;
}

struct Totals {
  uint64_t bytes = 0;
  uint64_t lines = 0;
};

// One pass over every file, handing whole-record buffers to `on_buffer`;
// returns the seconds it took, or nullopt (and prints why) on a read error.
template <class OnBuffer>
std::optional<double> TimedPass(const std::vector<std::string>& logs, OnBuffer on_buffer) {
  const auto started = Clock::now();
  for (const std::string& log : logs) {
    if (Status s = ForEachRecordBuffer(log, on_buffer); !s) {
      std::fprintf(stderr, "tailwatch bench: %s\n", s.error().message.c_str());
      return std::nullopt;
    }
  }
  return std::chrono::duration<double>(Clock::now() - started).count();
}

// Counts what each filter does, through a FilterSet of the group's filters.
class CountingSink final : public engine::SampleSink {
 public:
  explicit CountingSink(size_t filters) : matches(filters, 0) {}
  void OnFilterMatch(size_t filter_index) override { ++matches[filter_index]; }
  void OnSample(const engine::MetricSample&) override {}
  void OnDrop(size_t, engine::DropReason) override {}
  std::vector<uint64_t> matches;
};

struct FilterRow {
  std::string name;
  uint64_t evaluated = 0;
  uint64_t matched = 0;
  double seconds_without = 0;
  double cost_seconds = 0;
  std::string hint;
};

struct Measurement {
  std::string group;
  size_t files = 0;
  Totals totals;
  uint64_t events = 0;
  double floor_seconds = 0;
  double whole_seconds = 0;
  int repeat = 0;
  std::vector<FilterRow> rows;
};

class Bench {
 public:
  Bench(engine::PipelineSpec spec, size_t group, std::vector<std::string> logs, int repeat)
      : spec_(std::move(spec)), group_(group), logs_(std::move(logs)), repeat_(repeat) {
    progress_ = ::isatty(STDERR_FILENO) == 1;
  }

  std::optional<Measurement> Run() {
    Measurement m;
    m.group = spec_.log_groups[group_].name;
    m.files = logs_.size();
    m.repeat = repeat_;
    // Warm-up and floor: the same reads, line ends found with memchr.
    for (int i = 0; i <= repeat_; ++i) {
      Totals totals;
      auto seconds = TimedPass(logs_, [&](std::string_view text) {
        totals.bytes += text.size();
        for (const char* p = text.data();
             (p = static_cast<const char*>(std::memchr(p, '\n', text.data() + text.size() - p)));
             ++p) {
          ++totals.lines;
        }
      });
      if (!seconds) return std::nullopt;
      m.totals = totals;
      if (i > 0) m.floor_seconds = i == 1 ? *seconds : std::min(m.floor_seconds, *seconds);
    }
    std::vector<size_t> members;  // indexes into spec_.filters of the group's filters
    for (size_t i = 0; i < spec_.filters.size(); ++i) {
      if (spec_.filters[i].log_group == m.group) members.push_back(i);
    }
    Progress("whole configuration");
    auto whole = BestOf(spec_, &m.events);
    if (!whole) return std::nullopt;
    m.whole_seconds = *whole;
    if (!CountPerFilter(members, &m.rows)) return std::nullopt;
    for (size_t k = 0; k < members.size(); ++k) {
      FilterRow& row = m.rows[k];
      Progress("without " + row.name + " (" + std::to_string(k + 1) + "/" +
               std::to_string(members.size()) + ")");
      engine::PipelineSpec without = spec_;
      without.filters.erase(without.filters.begin() + static_cast<std::ptrdiff_t>(members[k]));
      auto seconds = BestOf(without, nullptr);
      if (!seconds) return std::nullopt;
      row.seconds_without = *seconds;
      row.cost_seconds = std::max(0.0, m.whole_seconds - *seconds);
      const engine::FilterSpec& filter = spec_.filters[members[k]];
      if (filter.transformation.default_value) {
        row.hint = "default_value: emits a sample for every event it does not match";
      }
      if (m.events > 0 && row.evaluated >= m.events) {
        if (!row.hint.empty()) row.hint += "; ";
        row.hint +=
            "sees every event: no literal the prefilter can use (JSON, space-delimited, "
            "match-all or an unanchored regex)";
      }
    }
    Progress("");
    std::stable_sort(m.rows.begin(), m.rows.end(), [](const FilterRow& a, const FilterRow& b) {
      return a.cost_seconds > b.cost_seconds;
    });
    return m;
  }

 private:
  // Runs a fresh pipeline of `spec` over the files `repeat_` times; the best
  // time. `events` (when given) receives the events of one run.
  std::optional<double> BestOf(const engine::PipelineSpec& spec, uint64_t* events) {
    std::optional<double> best;
    for (int r = 0; r < repeat_; ++r) {
      auto created = engine::Pipeline::Create(spec);
      if (!created) {
        std::fprintf(stderr, "tailwatch bench: %s\n", created.error().message.c_str());
        return std::nullopt;
      }
      engine::Pipeline& pipeline = **created;
      const bool by_buffer = pipeline.UsesIngestionTime(group_);
      auto seconds = TimedPass(logs_, [&](std::string_view text) {
        if (by_buffer) {
          pipeline.ProcessBuffer(group_, text, kIngestTimeMs);
          return;
        }
        ForEachLine(text, [&](std::string_view record) {
          pipeline.ProcessEvent(group_, record, kIngestTimeMs);
        });
      });
      if (!seconds) return std::nullopt;
      if (events) *events = pipeline.counters().events;
      best = best ? std::min(*best, *seconds) : *seconds;
    }
    return best;
  }

  // One counting run through a FilterSet of the group's filters, on the path
  // the pipeline takes (whole buffers, or record by record).
  bool CountPerFilter(const std::vector<size_t>& members, std::vector<FilterRow>* rows) {
    std::vector<engine::FilterSpec> specs;
    for (size_t i : members) specs.push_back(spec_.filters[i]);
    auto set = engine::FilterSet::Compile(specs);
    if (!set) {
      std::fprintf(stderr, "tailwatch bench: %s\n", set.error().message.c_str());
      return false;
    }
    auto created = engine::Pipeline::Create(spec_);
    if (!created) return false;
    const bool by_buffer = (*created)->UsesIngestionTime(group_);
    std::vector<uint64_t> evaluated(specs.size(), 0);
    CountingSink sink(specs.size());
    engine::EventContext ctx;
    ctx.CountExactEvaluations(evaluated);
    auto seconds = TimedPass(logs_, [&](std::string_view text) {
      if (by_buffer) {
        set->ProcessBuffer(text, ctx, sink);
        return;
      }
      ForEachLine(text, [&](std::string_view record) {
        ctx.Reset(record);
        set->Process(record, ctx, sink);
      });
    });
    if (!seconds) return false;
    for (size_t k = 0; k < specs.size(); ++k) {
      rows->push_back(FilterRow{specs[k].name, evaluated[k], sink.matches[k], 0, 0, ""});
    }
    return true;
  }

  // The records of a whole-record buffer (as the tailer splits them).
  template <class OnRecord>
  static void ForEachLine(std::string_view text, OnRecord on_record) {
    size_t start = 0;
    while (start < text.size()) {
      size_t end = text.find_first_of("\r\n", start);
      if (end == std::string_view::npos) end = text.size();
      if (end > start) on_record(text.substr(start, end - start));
      start = end + 1;
    }
  }

  void Progress(const std::string& what) const {
    if (!progress_) return;
    std::fprintf(stderr, "\r\033[Ktailwatch bench: %s", what.c_str());
    if (what.empty()) std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
  }

  static constexpr int64_t kIngestTimeMs = 1'700'000'000'000;
  engine::PipelineSpec spec_;
  size_t group_;
  std::vector<std::string> logs_;
  int repeat_;
  bool progress_ = false;
};

double Rate(double amount, double seconds) { return seconds > 0 ? amount / seconds : 0; }

void PrintTable(const Measurement& m) {
  const double mb = double(m.totals.bytes) / 1e6;
  std::printf("tailwatch bench: log group '%s', %zu file%s, %.1f MB, %llu lines, best of %d\n\n",
              m.group.c_str(), m.files, m.files == 1 ? "" : "s", mb,
              static_cast<unsigned long long>(m.totals.lines), m.repeat);
  std::printf("%-26s %10s %14s %14s %10s\n", "", "MB/s", "lines/s", "events/s", "seconds");
  std::printf("%-26s %10.1f %14.0f %14s %10.3f\n", "read+scan floor", Rate(mb, m.floor_seconds),
              Rate(double(m.totals.lines), m.floor_seconds), "-", m.floor_seconds);
  std::printf("%-26s %10.1f %14.0f %14.0f %10.3f\n",
              ("whole config (" + std::to_string(m.rows.size()) + " filters)").c_str(),
              Rate(mb, m.whole_seconds), Rate(double(m.totals.lines), m.whole_seconds),
              Rate(double(m.events), m.whole_seconds), m.whole_seconds);
  std::printf(
      "\nper filter, by cost (cost = time with it - time without it; evaluated = decided by "
      "its own pattern, past the prefilter):\n");
  std::printf("%9s %7s %13s %13s  %-28s %s\n", "cost ms", "cost %", "evaluated", "matched",
              "filter", "hint");
  for (const FilterRow& row : m.rows) {
    std::printf("%9.1f %6.1f%% %13llu %13llu  %-28s %s\n", row.cost_seconds * 1000,
                m.whole_seconds > 0 ? 100 * row.cost_seconds / m.whole_seconds : 0.0,
                static_cast<unsigned long long>(row.evaluated),
                static_cast<unsigned long long>(row.matched), row.name.c_str(), row.hint.c_str());
  }
}

void PrintJson(const Measurement& m) {
  std::string out = "{\"log_group\":";
  engine::AppendJsonString(out, m.group);
  char buffer[512];
  std::snprintf(
      buffer, sizeof buffer,
      ",\"files\":%zu,\"bytes\":%llu,\"lines\":%llu,\"events\":%llu,\"repeat\":%d,"
      "\"floor\":{\"seconds\":%.6f,\"mb_per_s\":%.3f},"
      "\"whole\":{\"seconds\":%.6f,\"mb_per_s\":%.3f,\"lines_per_s\":%.1f,"
      "\"events_per_s\":%.1f},\"filters\":[",
      m.files, static_cast<unsigned long long>(m.totals.bytes),
      static_cast<unsigned long long>(m.totals.lines), static_cast<unsigned long long>(m.events),
      m.repeat, m.floor_seconds, Rate(double(m.totals.bytes) / 1e6, m.floor_seconds),
      m.whole_seconds, Rate(double(m.totals.bytes) / 1e6, m.whole_seconds),
      Rate(double(m.totals.lines), m.whole_seconds), Rate(double(m.events), m.whole_seconds));
  out += buffer;
  for (size_t i = 0; i < m.rows.size(); ++i) {
    const FilterRow& row = m.rows[i];
    out += i == 0 ? "{\"filter\":" : ",{\"filter\":";
    engine::AppendJsonString(out, row.name);
    std::snprintf(buffer, sizeof buffer,
                  ",\"evaluated\":%llu,\"matched\":%llu,\"cost_seconds\":%.6f,"
                  "\"seconds_without\":%.6f,\"hint\":",
                  static_cast<unsigned long long>(row.evaluated),
                  static_cast<unsigned long long>(row.matched), row.cost_seconds,
                  row.seconds_without);
    out += buffer;
    engine::AppendJsonString(out, row.hint);
    out += "}";
  }
  out += "]}\n";
  std::fputs(out.c_str(), stdout);
}

}  // namespace

int RunBench(Args args) {
  std::string config_path, group_name;
  int repeat = 3;
  bool json = false;
  std::vector<std::string> logs;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    const bool has_value = i + 1 < args.size();
    if (arg == "--help" || arg == "-h") {
      std::fputs(kHelp.data(), stdout);
      return kExitOk;
    } else if (arg == "--config") {
      if (!has_value) return Usage("--config needs a file");
      config_path = std::string(args[++i]);
    } else if (arg == "--group") {
      if (!has_value) return Usage("--group needs a name");
      group_name = std::string(args[++i]);
    } else if (arg == "--repeat") {
      if (!has_value) return Usage("--repeat needs a number");
      repeat = std::atoi(std::string(args[++i]).c_str());
      if (repeat < 1 || repeat > 100) return Usage("--repeat must be 1 to 100");
    } else if (arg == "--json") {
      json = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return Usage("unknown option " + std::string(arg));
    } else {
      logs.emplace_back(arg);
    }
  }
  if (config_path.empty()) return Usage("--config FILE is required");
  if (logs.empty()) return Usage("give at least one log file");

  config::LoadResult loaded = config::LoadConfigFile(config_path);
  if (!loaded.ok()) {
    std::fputs(loaded.FormatDiagnostics().c_str(), stderr);
    return kExitUserError;
  }
  auto spec = config::ToPipelineSpec(*loaded.config);
  if (!spec) {
    std::fprintf(stderr, "%s: error: %s\n", config_path.c_str(), spec.error().message.c_str());
    return kExitUserError;
  }
  if (spec->log_groups.empty()) {
    std::fprintf(stderr, "%s: error: the configuration has no log group\n", config_path.c_str());
    return kExitUserError;
  }
  size_t group = 0;
  if (!group_name.empty()) {
    auto it = std::find_if(spec->log_groups.begin(), spec->log_groups.end(),
                           [&](const auto& g) { return g.name == group_name; });
    if (it == spec->log_groups.end()) {
      std::fprintf(stderr, "tailwatch bench: no log group '%s' in %s\n", group_name.c_str(),
                   config_path.c_str());
      return kExitUserError;
    }
    group = static_cast<size_t>(it - spec->log_groups.begin());
  }
  Bench bench(std::move(*spec), group, std::move(logs), repeat);
  const auto measured = bench.Run();
  if (!measured) return kExitUserError;
  if (json) {
    PrintJson(*measured);
  } else {
    PrintTable(*measured);
  }
  return kExitOk;
}

}  // namespace tailwatch::tools

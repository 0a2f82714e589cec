// Loading and validating the YAML configuration (see config.h).
//
// The load runs in three passes so that every error is found in one go:
//   1. parse the main file and, depth first, every file it includes;
//   2. decode each section on its own (sections.cc): keys, types, patterns,
//      transformations, alarm rules, secrets;
//   3. check what spans entities and files: unique names, references from
//      filters to log groups and from alarm actions to targets.
// yaml-cpp throws on syntax errors; that is caught here and turned into a
// Diagnostic, and nothing else in config/ lets an exception out.
#include "config/config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>
#include <utility>

#include "config/alarm_metrics.h"
#include "config/config_writer.h"
#include "config/did_you_mean.h"
#include "config/embedded_files.h"
#include "config/meaning_checks.h"
#include "config/node_reader.h"
#include "config/rolling_checks.h"
#include "config/secrets.h"
#include "config/sections.h"
#include "engine/alarm/sample_lines.h"
#include "engine/match/filter_set.h"

namespace tailwatch::config {
namespace {

namespace fs = std::filesystem;

constexpr int kMaxIncludeDepth = 16;
constexpr size_t kMaxConfigBytes = 16 << 20;
constexpr std::string_view kDefaultConfigPath = "tailwatch.default.yaml";

std::string PositionText(const SourceFile& file, const YAML::Node& node) {
  const Position p = PositionOf(node);
  return file.name + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

Result<std::string> ReadConfigText(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return MakeError("cannot read: Is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return MakeError(std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return MakeError("cannot read: read error");
  std::string data = std::move(text).str();
  if (data.size() > kMaxConfigBytes) return MakeError("file is larger than 16 MiB");
  return data;
}

class Loader {
 public:
  // Pass 1 and 2 for the main file.
  void LoadMain(std::string name, std::string text, std::string base_dir, bool embedded) {
    SourceFile& file = AddFile(std::move(name), std::move(text), std::move(base_dir), embedded);
    stack_.push_back(IdentityOf(file));
    if (Parse(file)) DecodeTop(file, /*is_main=*/true, 0);
    stack_.pop_back();
  }

  // An embedded pack included by the main file's loader itself (not named
  // in the main file).
  void LoadEmbeddedPack(const std::string& path) {
    const std::optional<std::string_view> text = FindEmbeddedFile(path);
    if (!text) {
      diags_.FileError(std::string(kEmbeddedPrefix) + path, "no such embedded file");
      return;
    }
    SourceFile& file =
        AddFile(std::string(kEmbeddedPrefix) + path, std::string(*text), "", /*embedded=*/true);
    if (!included_.insert(IdentityOf(file)).second) return;
    stack_.push_back(IdentityOf(file));
    if (Parse(file)) DecodeTop(file, /*is_main=*/false, 1);
    stack_.pop_back();
  }

  void FileError(std::string file, std::string message) {
    diags_.FileError(std::move(file), std::move(message));
  }

  // The definitions made over the API (LoadOptions::api_definitions), after
  // everything the configuration file brings. An entity the file also
  // defines is left out: the file wins (a warning for filters and alarms; a
  // log group there is only the push-only stand-in of a created group).
  void LoadApiDefinitions(const LoadOptions& options) {
    const std::string dir = options.state_dir.empty() ? config_.state_dir : options.state_dir;
    const std::string name = ApiDefinitionsPath(dir);
    std::string text;
    if (options.api_definitions_text) {
      text = *options.api_definitions_text;
    } else {
      std::error_code ec;
      if (!fs::exists(name, ec)) return;
      Result<std::string> data = ReadConfigText(name);
      if (!data) {
        diags_.FileError(name, data.error().message);
        return;
      }
      text = std::move(*data);
    }
    api_file_ = name;
    SourceFile& file = AddFile(name, std::move(text), fs::path(name).parent_path().string(), false);
    if (!Parse(file)) return;
    if (!file.root.IsDefined() || file.root.IsNull()) return;
    if (!file.root.IsMap()) {
      diags_.Error(file, file.root, "expected a mapping with log_groups, metric_filters, alarms");
      return;
    }
    static constexpr std::string_view kKeys[] = {"log_groups", "metric_filters", "alarms"};
    MapReader r(diags_, file, file.root, kKeys, "top level", /*check_keys=*/true);
    const size_t groups_before = groups_.size();
    const size_t filters_before = filters_.size();
    const size_t alarms_before = alarms_.size();
    std::vector<Loaded<LogGroupConfig>> groups;
    std::vector<LoadedFilter> filters;
    std::vector<LoadedAlarm> alarms;
    DecodeList(r, "log_groups",
               [&](const YAML::Node& n) { groups.push_back(DecodeLogGroup(diags_, file, n)); });
    DecodeList(r, "metric_filters",
               [&](const YAML::Node& n) { filters.push_back(DecodeFilter(diags_, file, n)); });
    DecodeList(r, "alarms",
               [&](const YAML::Node& n) { alarms.push_back(DecodeAlarm(diags_, file, n)); });
    auto defined = [](const auto& list, size_t count, const std::string& wanted) {
      for (size_t i = 0; i < count; ++i) {
        if (list[i].value.name == wanted) return true;
      }
      return false;
    };
    ApiDefinitions& doc = config_.api_definitions;
    for (auto& g : groups) {
      doc.log_groups.push_back(g.value);
      if (!defined(groups_, groups_before, g.value.name)) groups_.push_back(std::move(g));
    }
    for (auto& f : filters) {
      doc.metric_filters.push_back(f.value);
      if (defined(filters_, filters_before, f.value.name)) {
        ++config_.api_shadowed;
        diags_.Warning(file, f.name_node.IsDefined() ? f.name_node : f.node,
                       "metric filter '" + f.value.name +
                           "' made over the API is also defined in the configuration file, "
                           "whose definition is used");
        continue;
      }
      config_.api_filter_names.push_back(f.value.name);
      filters_.push_back(std::move(f));
    }
    for (auto& a : alarms) {
      doc.alarms.push_back(a.value);
      if (defined(alarms_, alarms_before, a.value.name)) {
        ++config_.api_shadowed;
        diags_.Warning(file, a.name_node.IsDefined() ? a.name_node : a.node,
                       "alarm '" + a.value.name +
                           "' made over the API is also defined in the configuration file, "
                           "whose definition is used");
        continue;
      }
      config_.api_alarm_names.push_back(a.value.name);
      alarms_.push_back(std::move(a));
    }
  }

  // Whether an error is in the API definitions document.
  bool ApiDefinitionsFailed(const std::vector<Diagnostic>& errors) const {
    if (api_file_.empty()) return false;
    return std::any_of(errors.begin(), errors.end(),
                       [this](const Diagnostic& d) { return d.file == api_file_; });
  }

  LoadResult Finish(std::string source_name) {
    CrossCheck();
    LoadResult result;
    result.errors = std::move(diags_.errors());
    result.warnings = std::move(diags_.warnings());
    SortByPosition(&result.errors);
    SortByPosition(&result.warnings);
    result.api_definitions_failed = ApiDefinitionsFailed(result.errors);
    if (result.errors.empty()) {
      config_.source_name = std::move(source_name);
      for (auto& g : groups_) config_.log_groups.push_back(std::move(g.value));
      for (auto& f : filters_) config_.metric_filters.push_back(std::move(f.value));
      for (auto& a : alarms_) config_.alarms.push_back(std::move(a.value));
      for (auto& d : detectors_) config_.anomaly_detectors.push_back(std::move(d.value));
      for (auto& t : targets_) config_.targets.push_back(std::move(t.value));
      for (auto& d : log_anomaly_detectors_)
        config_.log_anomaly_detectors.push_back(std::move(d.value));
      for (auto& k : sinks_) config_.sinks.push_back(std::move(k.value));
      result.config = std::move(config_);
    }
    return result;
  }

 private:
  SourceFile& AddFile(std::string name, std::string text, std::string base_dir, bool embedded) {
    files_.emplace_back();
    SourceFile& file = files_.back();
    file.name = std::move(name);
    file.text = std::move(text);
    file.base_dir = std::move(base_dir);
    file.embedded = embedded;
    return file;
  }

  // Reading order: files in the order they were loaded, then line and
  // column, so output reads like a compiler's.
  void SortByPosition(std::vector<Diagnostic>* list) const {
    auto file_index = [this](const std::string& name) {
      for (size_t i = 0; i < files_.size(); ++i) {
        if (files_[i].name == name) return i;
      }
      return size_t{0};
    };
    std::stable_sort(list->begin(), list->end(), [&](const Diagnostic& a, const Diagnostic& b) {
      return std::tuple(file_index(a.file), a.line, a.column) <
             std::tuple(file_index(b.file), b.line, b.column);
    });
  }

  static std::string IdentityOf(const SourceFile& file) {
    if (file.embedded) return file.name;
    std::error_code ec;
    const fs::path canonical = fs::weakly_canonical(file.name, ec);
    return ec ? file.name : canonical.string();
  }

  bool Parse(SourceFile& file) {
    try {
      file.root = YAML::Load(file.text);
      return true;
    } catch (const YAML::ParserException& e) {
      diags_.Error(file, Position{e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg);
    } catch (const YAML::Exception& e) {
      diags_.Error(file, Position{e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg);
    }
    return false;
  }

  void DecodeTop(const SourceFile& file, bool is_main, int depth) {
    if (!file.root.IsDefined() || file.root.IsNull()) return;  // empty file: nothing to add
    const std::span<const std::string_view> keys =
        is_main ? std::span<const std::string_view>(kTopLevelKeys)
                : std::span<const std::string_view>(kIncludedFileKeys);
    if (!file.root.IsMap()) {
      // Not Describe(): a secret file included by mistake must not be echoed.
      diags_.Error(file, file.root,
                   std::string("expected a mapping of settings at the top level, got ") +
                       (file.root.IsSequence() ? "a list" : "a single value"));
      return;
    }
    CheckTopKeys(file, keys, is_main);
    MapReader r(diags_, file, file.root, keys, "top level", /*check_keys=*/false);

    if (is_main) {
      DecodeServer(r, &config_.server);
      DecodeIngest(r, &config_.ingest);
      r.String("state_dir", &config_.state_dir);
      if (r.Has("state_dir") && config_.state_dir.empty()) {
        r.ErrorAt("state_dir", "state_dir: must not be empty");
      }
      r.Int("checkpoint_interval_ms", &config_.checkpoint_interval_ms, 10, 3600000);
      if (r.String("region", &config_.region) && !IsRegion(config_.region)) {
        r.ErrorAt("region",
                  "region: expected an AWS region such as us-west-2, got '" + config_.region + "'");
      }
      if (r.String("account_id", &config_.account_id) &&
          (config_.account_id.size() != 12 ||
           !std::all_of(config_.account_id.begin(), config_.account_id.end(),
                        [](char c) { return c >= '0' && c <= '9'; }))) {
        r.ErrorAt("account_id", "account_id: expected 12 digits");
      }
      r.Size("max_dimension_combinations", &config_.max_dimension_combinations, 1, 10000000);
      r.Int("dimension_idle_timeout_ms", &config_.dimension_idle_timeout_ms, 1000, 7 * 86400000);
      r.Int("alarm_sample_lines", &config_.alarm_sample_lines, 0, engine::kMaxSampleLinesPerPeriod);
    }
    DecodeList(r, "log_groups",
               [&](const YAML::Node& n) { groups_.push_back(DecodeLogGroup(diags_, file, n)); });
    DecodeList(r, "metric_filters",
               [&](const YAML::Node& n) { filters_.push_back(DecodeFilter(diags_, file, n)); });
    DecodeList(r, "alarms",
               [&](const YAML::Node& n) { alarms_.push_back(DecodeAlarm(diags_, file, n)); });
    DecodeList(r, "anomaly_detectors", [&](const YAML::Node& n) {
      detectors_.push_back(DecodeAnomalyDetector(diags_, file, n));
    });
    DecodeList(r, "targets",
               [&](const YAML::Node& n) { targets_.push_back(DecodeTarget(diags_, file, n)); });
    DecodeList(r, "log_anomaly_detectors", [&](const YAML::Node& n) {
      log_anomaly_detectors_.push_back(DecodeLogAnomalyDetector(diags_, file, n));
    });
    DecodeList(r, "sinks",
               [&](const YAML::Node& n) { sinks_.push_back(DecodeSink(diags_, file, n)); });
    if (r.Has("include")) {
      std::vector<std::string> includes;
      if (r.StringList("include", &includes)) {
        const YAML::Node items = r.Value("include");
        for (size_t i = 0; i < includes.size(); ++i) {
          Include(file, includes[i], items[i], depth);
        }
      }
    }
  }

  // Unknown top-level keys, with a hint when an included file sets
  // something only the main file may.
  void CheckTopKeys(const SourceFile& file, std::span<const std::string_view> keys, bool is_main) {
    for (auto it = file.root.begin(); it != file.root.end(); ++it) {
      const YAML::Node key = it->first;
      if (!key.IsScalar()) {
        diags_.Error(file, key, "keys must be plain words, got " + Describe(key));
        continue;
      }
      const std::string& name = key.Scalar();
      if (std::find(keys.begin(), keys.end(), name) != keys.end()) continue;
      if (!is_main && std::find(std::begin(kTopLevelKeys), std::end(kTopLevelKeys), name) !=
                          std::end(kTopLevelKeys)) {
        diags_.Error(file, key,
                     "'" + name +
                         "' may only be set in the main config file; an included "
                         "file adds log_groups, metric_filters, alarms and targets");
        continue;
      }
      diags_.Error(file, key, "unknown key '" + name + "'" + DidYouMean(name, keys));
    }
    // Repeated keys.
    std::set<std::string> seen;
    for (auto it = file.root.begin(); it != file.root.end(); ++it) {
      if (!it->first.IsScalar()) continue;
      if (!seen.insert(it->first.Scalar()).second) {
        diags_.Error(file, it->first, "duplicate key '" + it->first.Scalar() + "'");
      }
    }
  }

  template <class Fn>
  void DecodeList(MapReader& r, std::string_view key, Fn&& decode) {
    if (!r.Has(key)) return;
    const YAML::Node list = r.Value(key);
    if (list.IsNull()) return;  // `alarms:` with nothing: none
    if (!list.IsSequence()) {
      diags_.Error(r.file(), r.PositionFor(key),
                   std::string(key) + ": expected a list, got " + Describe(list));
      return;
    }
    for (const YAML::Node& item : list) decode(item);
  }

  void Include(const SourceFile& from, const std::string& target, const YAML::Node& node,
               int depth) {
    if (depth + 1 >= kMaxIncludeDepth) {
      diags_.Error(
          from, node,
          "include: nested more than " + std::to_string(kMaxIncludeDepth) + " levels deep");
      return;
    }
    std::string name;
    std::string text;
    std::string base_dir;
    bool embedded = false;
    if (target.starts_with(kEmbeddedPrefix) || from.embedded) {
      embedded = true;
      std::string path = target.starts_with(kEmbeddedPrefix)
                             ? target.substr(kEmbeddedPrefix.size())
                             : (fs::path(from.base_dir) / target).lexically_normal().string();
      const std::optional<std::string_view> data = FindEmbeddedFile(path);
      if (!data) {
        std::vector<std::string_view> names;
        for (const EmbeddedFile& f : EmbeddedFiles()) names.push_back(f.path);
        diags_.Error(from, node,
                     "include: no embedded file '" + path + "'" + DidYouMean(path, names));
        return;
      }
      name = std::string(kEmbeddedPrefix) + path;
      text = std::string(*data);
      base_dir = fs::path(path).parent_path().string();
    } else {
      if (target.empty()) {
        diags_.Error(from, node, "include: empty file name");
        return;
      }
      const fs::path path = fs::path(target).is_absolute()
                                ? fs::path(target)
                                : (fs::path(from.base_dir) / target).lexically_normal();
      name = path.string();
      Result<std::string> data = ReadConfigText(name);
      if (!data) {
        diags_.Error(from, node, "include: '" + name + "': " + data.error().message);
        return;
      }
      text = std::move(*data);
      base_dir = path.parent_path().string();
    }
    SourceFile& file = AddFile(std::move(name), std::move(text), std::move(base_dir), embedded);
    const std::string identity = IdentityOf(file);
    if (std::find(stack_.begin(), stack_.end(), identity) != stack_.end()) {
      diags_.Error(from, node, "include: '" + file.name + "' includes itself (a cycle)");
      return;
    }
    // Include-once: two packs may share a base file; its entities count once.
    if (!included_.insert(identity).second) return;
    stack_.push_back(identity);
    if (Parse(file)) DecodeTop(file, /*is_main=*/false, depth + 1);
    stack_.pop_back();
  }

  static bool IsRegion(std::string_view region) {
    // xx-name-N, e.g. us-west-2, ap-southeast-1, us-gov-west-1.
    if (region.size() < 4 || region.size() > 32) return false;
    if (region.find("--") != std::string_view::npos || region.front() == '-') return false;
    if (!(region.back() >= '0' && region.back() <= '9')) return false;
    return std::all_of(region.begin(), region.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
  }

  template <class T>
  void CheckUnique(std::vector<T>& items, std::string_view what) {
    std::map<std::string, const T*> first;
    for (T& item : items) {
      if (!item.name_node.IsDefined()) continue;
      auto [it, inserted] = first.emplace(item.value.name, &item);
      if (inserted) continue;
      diags_.Error(*item.file, item.name_node,
                   "duplicate " + std::string(what) + " name '" + item.value.name +
                       "' (first defined at " +
                       PositionText(*it->second->file, it->second->name_node) + ")");
    }
  }

  void CrossCheck() {
    CheckUnique(groups_, "log group");
    CheckUnique(filters_, "metric filter");
    CheckUnique(alarms_, "alarm");
    CheckUnique(targets_, "target");
    CheckUnique(log_anomaly_detectors_, "log anomaly detector");
    CheckUnique(sinks_, "sink");

    std::vector<std::string_view> group_names;
    for (const auto& g : groups_) group_names.push_back(g.value.name);
    std::map<std::string, size_t> filters_per_group;
    for (const LoadedFilter& f : filters_) {
      if (!f.log_group_node.IsDefined()) continue;
      const std::string& group = f.value.log_group;
      if (std::find(group_names.begin(), group_names.end(), group) == group_names.end()) {
        diags_.Error(
            *f.file, f.log_group_node,
            "log_group: no log group named '" + group + "'" + DidYouMean(group, group_names));
        continue;
      }
      if (++filters_per_group[group] == engine::kMaxFiltersPerLogGroup + 1) {
        diags_.Error(*f.file, f.node,
                     "log group '" + group + "' has more than " +
                         std::to_string(engine::kMaxFiltersPerLogGroup) + " metric filters");
      }
    }

    std::vector<std::string_view> target_names;
    for (const auto& t : targets_) target_names.push_back(t.value.name);
    for (const LoadedAlarm& a : alarms_) {
      for (const auto& [key, action, node] : a.actions) {
        if (std::find(target_names.begin(), target_names.end(), action) != target_names.end()) {
          continue;
        }
        if (action.starts_with("arn:")) {
          if (!IsSnsTopicArn(action)) {
            diags_.Error(*a.file, node,
                         key + ": '" + action +
                             "' is not an SNS topic ARN "
                             "(arn:aws:sns:REGION:ACCOUNT:NAME)");
          }
          continue;
        }
        diags_.Error(*a.file, node,
                     key + ": no target named '" + action + "'" + DidYouMean(action, target_names) +
                         " (an action is a target name or an SNS topic ARN)");
      }
    }
    CheckDetectorReferences(group_names, target_names);
    CheckSinkReferences(group_names);
    CheckRollingSums();
    WarnMeaning();
  }

  // `evaluation: rolling` on a Sum needs filters whose values cannot be
  // negative (config/rolling_checks.h).
  void CheckRollingSums() {
    std::vector<engine::FilterSpec> filters;
    for (const LoadedFilter& f : filters_) filters.push_back(f.value);
    for (const LoadedAlarm& a : alarms_) {
      if (!a.valid || !a.value.rolling) continue;
      if (std::string why = RollingSumRefusal(a.value, filters); !why.empty()) {
        diags_.Error(*a.file, a.evaluation_node.IsDefined() ? a.evaluation_node : a.node,
                     "evaluation: " + why);
      }
    }
  }

  void CheckDetectorReferences(const std::vector<std::string_view>& group_names,
                               const std::vector<std::string_view>& target_names) {
    for (const LoadedLogAnomalyDetector& d : log_anomaly_detectors_) {
      if (d.log_groups_node.IsDefined()) {
        for (size_t i = 0; i < d.value.log_groups.size(); ++i) {
          const std::string& group = d.value.log_groups[i];
          if (std::find(group_names.begin(), group_names.end(), group) != group_names.end()) {
            continue;
          }
          diags_.Error(
              *d.file, d.log_groups_node[i],
              "log_groups: no log group named '" + group + "'" + DidYouMean(group, group_names));
        }
      }
      if (d.actions_node.IsDefined()) {
        for (size_t i = 0; i < d.value.actions.size(); ++i) {
          const std::string& action = d.value.actions[i];
          if (std::find(target_names.begin(), target_names.end(), action) != target_names.end()) {
            continue;
          }
          diags_.Error(
              *d.file, d.actions_node[i],
              "actions: no target named '" + action + "'" + DidYouMean(action, target_names));
        }
      }
    }
  }

  void CheckSinkReferences(const std::vector<std::string_view>& group_names) {
    for (const LoadedSink& k : sinks_) {
      if (!k.log_groups_node.IsDefined()) continue;
      for (size_t i = 0; i < k.value.log_groups.size(); ++i) {
        const std::string& group = k.value.log_groups[i];
        if (std::find(group_names.begin(), group_names.end(), group) != group_names.end()) {
          continue;
        }
        diags_.Error(
            *k.file, k.log_groups_node[i],
            "log_groups: no log group named '" + group + "'" + DidYouMean(group, group_names));
      }
    }
  }

  // Definitions that are valid one by one but do not fit together (an alarm
  // on a dimension its filter never emits stays INSUFFICIENT_DATA for ever):
  // CloudWatch allows them, so these are warnings (config/meaning_checks.h).
  void WarnMeaning() {
    std::vector<engine::FilterSpec> filters;
    for (const LoadedFilter& f : filters_) filters.push_back(f.value);
    std::vector<engine::AlarmSpec> alarms;
    std::vector<const LoadedAlarm*> origin;
    for (const LoadedAlarm& a : alarms_) {
      if (!a.valid) continue;
      alarms.push_back(a.value);
      origin.push_back(&a);
    }
    for (const MeaningFinding& finding : CheckMeaning(filters, alarms)) {
      const LoadedAlarm& a = *origin[finding.alarm_index];
      diags_.Warning(*a.file, a.name_node.IsDefined() ? a.name_node : a.node, finding.message);
    }
  }

  Diagnostics diags_;
  std::deque<SourceFile> files_;    // stable addresses: entities point at their file
  std::vector<std::string> stack_;  // identities of the files being included (cycles)
  std::set<std::string> included_;
  Config config_;
  std::vector<Loaded<LogGroupConfig>> groups_;
  std::vector<LoadedFilter> filters_;
  std::vector<LoadedAlarm> alarms_;
  std::vector<LoadedDetector> detectors_;
  std::vector<Loaded<TargetConfig>> targets_;
  std::vector<LoadedLogAnomalyDetector> log_anomaly_detectors_;
  std::vector<LoadedSink> sinks_;
  std::string api_file_;  // the API definitions document's name, once read
};

std::string ParentDir(const std::string& path) { return fs::path(path).parent_path().string(); }

}  // namespace

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  out += severity == Severity::kError ? ": error: " : ": warning: ";
  out += message;
  return out;
}

std::string LoadResult::FormatDiagnostics() const {
  std::string out;
  for (const auto* list : {&errors, &warnings}) {
    for (const Diagnostic& d : *list) out += d.ToString() + "\n";
  }
  return out;
}

LoadResult LoadConfigFile(const std::string& path, const LoadOptions& options) {
  Loader loader;
  Result<std::string> text = ReadConfigText(path);
  if (!text) {
    loader.FileError(path, text.error().message);
  } else {
    loader.LoadMain(path, std::move(*text), ParentDir(path), /*embedded=*/false);
    if (options.api_definitions) loader.LoadApiDefinitions(options);
  }
  return loader.Finish(path);
}

LoadResult LoadConfigString(std::string_view yaml, const std::string& display_name) {
  Loader loader;
  loader.LoadMain(display_name, std::string(yaml), ParentDir(display_name), /*embedded=*/false);
  return loader.Finish(display_name);
}

LoadResult LoadEmbeddedDefault(const std::vector<std::string>& extra_packs,
                               const LoadOptions& options) {
  Loader loader;
  const std::string name(kEmbeddedDefaultName);
  const std::optional<std::string_view> text = FindEmbeddedFile(kDefaultConfigPath);
  if (!text) {
    loader.FileError(name, "config/tailwatch.default.yaml is not embedded in this binary");
  } else {
    loader.LoadMain(name, std::string(*text), "", /*embedded=*/true);
    for (const std::string& pack : extra_packs) loader.LoadEmbeddedPack(pack);
    if (options.api_definitions) loader.LoadApiDefinitions(options);
  }
  return loader.Finish(name);
}

std::string ApiDefinitionsPath(const std::string& state_dir) {
  return (fs::path(state_dir) / kApiDefinitionsFileName).string();
}

std::string ApiDefinitionsYaml(const ApiDefinitions& definitions) {
  Config config;
  config.log_groups = definitions.log_groups;
  config.metric_filters = definitions.metric_filters;
  config.alarms = definitions.alarms;
  ConfigWriteOptions options;
  options.settings = false;
  options.header = {
      "Metric filters and alarms made over the CloudWatch and Logs APIs (PutMetricFilter,",
      "PutMetricAlarm), merged after the configuration file at start and reload.",
      "tailwatchd rewrites this file; definitions in the configuration file win."};
  return WriteConfigYaml(config, options);
}

}  // namespace tailwatch::config

// Decoders for each part of the config file (server, log_groups[],
// metric_filters[], alarms[], targets[]). Internal to config/.
//
// Each decoder reads one YAML node, reports every problem it can see on its
// own (keys, types, ranges, patterns, transformations, alarm rules, secrets)
// and returns the entity with the nodes the loader needs for the checks that
// span entities (duplicate names, references), which live in config.cc.
#ifndef TAILWATCH_CONFIG_SECTIONS_H_
#define TAILWATCH_CONFIG_SECTIONS_H_

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <vector>

#include "config/config.h"
#include "config/node_reader.h"

namespace tailwatch::config {

// An entity read from `file`, with the nodes later checks point at.
template <class T>
struct Loaded {
  T value;
  const SourceFile* file = nullptr;
  YAML::Node node;  // the entity's mapping
  // Its `name` value, if any. Set these nodes with reset(), never `=`:
  // yaml-cpp's assignment to a defined node copies the value's whole document
  // into this node's memory; reset() only makes it refer to the value.
  YAML::Node name_node{YAML::NodeType::Undefined};
  bool valid = false;  // no error of its own
};

struct LoadedFilter : Loaded<engine::FilterSpec> {
  YAML::Node log_group_node{YAML::NodeType::Undefined};
};

struct LoadedAlarm : Loaded<engine::AlarmSpec> {
  YAML::Node evaluation_node{YAML::NodeType::Undefined};  // its `evaluation` value, if any
  // Every action across alarm_actions, ok_actions and
  // insufficient_data_actions, with its list's key and its node.
  struct Action {
    std::string key;
    std::string value;
    YAML::Node node;
  };
  std::vector<Action> actions;
};

// The top-level keys of a main file and of an included one.
inline constexpr std::string_view kTopLevelKeys[] = {"include",
                                                     "server",
                                                     "ingest",
                                                     "state_dir",
                                                     "checkpoint_interval_ms",
                                                     "region",
                                                     "account_id",
                                                     "max_dimension_combinations",
                                                     "dimension_idle_timeout_ms",
                                                     "alarm_sample_lines",
                                                     "log_groups",
                                                     "metric_filters",
                                                     "alarms",
                                                     "anomaly_detectors",
                                                     "targets",
                                                     "log_anomaly_detectors",
                                                     "sinks"};
inline constexpr std::string_view kIncludedFileKeys[] = {
    "include",           "log_groups", "metric_filters",        "alarms",
    "anomaly_detectors", "targets",    "log_anomaly_detectors", "sinks"};

void DecodeServer(MapReader& top, ServerConfig* server);
void DecodeIngest(MapReader& top, IngestConfig* ingest);
Loaded<LogGroupConfig> DecodeLogGroup(Diagnostics& diags, const SourceFile& file,
                                      const YAML::Node& node);
LoadedFilter DecodeFilter(Diagnostics& diags, const SourceFile& file, const YAML::Node& node);
LoadedAlarm DecodeAlarm(Diagnostics& diags, const SourceFile& file, const YAML::Node& node);
Loaded<TargetConfig> DecodeTarget(Diagnostics& diags, const SourceFile& file,
                                  const YAML::Node& node);

struct LoadedLogAnomalyDetector : Loaded<LogAnomalyDetectorConfig> {
  YAML::Node log_groups_node{YAML::NodeType::Undefined};
  YAML::Node actions_node{YAML::NodeType::Undefined};
};
LoadedLogAnomalyDetector DecodeLogAnomalyDetector(Diagnostics& diags, const SourceFile& file,
                                                  const YAML::Node& node);

struct LoadedSink : Loaded<SinkConfig> {
  YAML::Node log_groups_node{YAML::NodeType::Undefined};
};
LoadedSink DecodeSink(Diagnostics& diags, const SourceFile& file, const YAML::Node& node);

// arn:aws:sns:REGION:ACCOUNT:NAME (also the aws-cn / aws-us-gov partitions);
// `region` receives REGION when not null.
bool IsSnsTopicArn(std::string_view text, std::string* region = nullptr);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_SECTIONS_H_

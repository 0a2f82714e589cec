// What the format readers of `tailwatch import` share (internal to config/):
// a positioned view of an input file, the sink that collects definitions and
// what is not carried over, and per-entity bookkeeping of the keys used.
//
// Every input, JSON or YAML, is parsed by yaml-cpp (JSON is YAML's flow
// style), so every value has a line and column; the JSON pointer that reaches
// it is tracked beside it for formats whose files are one long line.
#ifndef TAILWATCH_CONFIG_IMPORT_IMPORT_CONTEXT_H_
#define TAILWATCH_CONFIG_IMPORT_IMPORT_CONTEXT_H_

#include <yaml-cpp/yaml.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/config.h"

namespace tailwatch::config::import {

struct InputFile {
  std::string name;
  YAML::Node root;
};

// A value inside an input file. Cheap to copy; the InputFile must outlive it.
class Node {
 public:
  Node(const InputFile* file, YAML::Node node, std::string pointer)
      : file_(file), node_(std::move(node)), pointer_(std::move(pointer)) {}

  // Defined and not null.
  bool Present() const { return node_.IsDefined() && !node_.IsNull(); }
  bool IsMap() const { return node_.IsDefined() && node_.IsMap(); }
  bool IsList() const { return node_.IsDefined() && node_.IsSequence(); }
  bool IsScalar() const { return node_.IsDefined() && node_.IsScalar(); }
  // Present, and not an empty list or mapping.
  bool HasContent() const;

  Node Get(std::string_view key) const;                       // an absent node when missing
  std::vector<Node> Items() const;                            // list items; empty unless a list
  std::vector<std::pair<std::string, Node>> Entries() const;  // mapping entries
  std::string Scalar() const { return IsScalar() ? node_.Scalar() : ""; }
  // The YAML tag ("!Ref" for CloudFormation's short form), "" for none.
  std::string Tag() const;

  const YAML::Node& yaml() const { return node_; }
  const InputFile& file() const { return *file_; }
  const std::string& pointer() const { return pointer_; }
  // "FILE:LINE:COL" positioned diagnostic with " (at POINTER)" appended.
  Diagnostic Where(std::string message, Diagnostic::Severity severity) const;

 private:
  const InputFile* file_;
  YAML::Node node_;
  std::string pointer_;
};

// Collects what the readers carry over, validates each entity the way the
// config loader would, and keeps every warning.
class ImportSink {
 public:
  explicit ImportSink(std::string region = "us-west-2", std::string account = "123456789012")
      : region_(std::move(region)), account_(std::move(account)) {}

  void AddLogGroup(const std::string& name, const Node& where);
  void AddFilter(engine::FilterSpec spec, const Node& where);
  void AddAlarm(engine::AlarmSpec spec, const Node& where);

  // "not carried: MESSAGE" at `where`.
  void NotCarried(const Node& where, const std::string& message);
  void Warn(const Node& where, std::string message);
  void Error(const Node& where, std::string message);
  void FileError(const std::string& file, std::string message);

  const std::string& region() const { return region_; }
  const std::string& account() const { return account_; }

  // Runs the meaning checks and hands everything over.
  void Finish(Config* config, std::vector<Diagnostic>* errors, std::vector<Diagnostic>* warnings);

 private:
  std::string region_;
  std::string account_;
  std::vector<LogGroupConfig> groups_;
  std::vector<engine::FilterSpec> filters_;
  std::vector<engine::AlarmSpec> alarms_;
  std::vector<Diagnostic> alarm_origins_;              // where each alarm came from
  std::map<std::string, std::string> filter_origins_;  // name -> "FILE:LINE:COL"
  std::vector<Diagnostic> errors_;
  std::vector<Diagnostic> warnings_;
};

// Resolves a value to text: the plain scalar for JSON inputs; CloudFormation
// adds its intrinsic functions. nullopt with `*why` set when it cannot.
class Resolver {
 public:
  virtual ~Resolver() = default;
  virtual std::optional<std::string> Text(const Node& node, std::string* why) const;
};

// The keys of one definition's mapping: the reader Take()s what it carries
// over, Ignore()s what describes a deployment rather than a definition (ARNs,
// ids, timestamps, alarm states), and Finish() reports every other present
// key as not carried.
class Fields {
 public:
  Fields(Node map, std::string what) : map_(std::move(map)), what_(std::move(what)) {}

  Node Take(std::string_view key);
  void Ignore(std::initializer_list<std::string_view> keys);
  void Finish(ImportSink& sink) const;

  const Node& map() const { return map_; }
  const std::string& what() const { return what_; }

 private:
  Node map_;
  std::string what_;
  std::set<std::string, std::less<>> used_;
};

// Typed reads through a Resolver; a present value that cannot be read is
// reported (not carried) and gives nullopt.
std::optional<std::string> ReadText(const Node& node, const Resolver& resolver, ImportSink& sink,
                                    const std::string& what);
std::optional<double> ReadNumber(const Node& node, const Resolver& resolver, ImportSink& sink,
                                 const std::string& what);
// A whole number in int's range ("300", "300.0"); anything else is reported.
std::optional<int> ReadInt(const Node& node, const Resolver& resolver, ImportSink& sink,
                           const std::string& what);
std::optional<bool> ReadBool(const Node& node, const Resolver& resolver, ImportSink& sink,
                             const std::string& what);
std::vector<std::string> ReadTextList(const Node& node, const Resolver& resolver, ImportSink& sink,
                                      const std::string& what);

// Format readers (one file each).
void ReadDescribeMetricFilters(const Node& root, ImportSink& sink);  // aws_cli_reader.cc
void ReadDescribeLogGroups(const Node& root, ImportSink& sink);      // aws_cli_reader.cc
void ReadDescribeAlarms(const Node& root, ImportSink& sink);         // aws_cli_reader.cc
void ReadCloudFormation(const Node& root, ImportSink& sink);         // cloudformation_reader.cc
void ReadTerraform(const Node& root, ImportSink& sink);              // terraform_reader.cc
void ReadPulumi(const Node& root, ImportSink& sink);                 // pulumi_reader.cc

// An alarm in the PascalCase shape that CloudFormation's AWS::CloudWatch::Alarm
// and describe-alarms' MetricAlarms share (alarm_properties.cc); `fields`
// holds the properties, `name_hint` names an alarm without AlarmName.
void ReadPascalAlarm(Fields& fields, const Resolver& resolver, ImportSink& sink,
                     const std::string& name_hint);

// A band alarm's `Metrics` and `ThresholdMetricId` in that shape
// (alarm_band_queries.cc): fills the metric, period, statistic and band of
// `a`, or reports why not (`alarm_pointer`: the alarm's JSON pointer, which
// messages name values below) and returns false.
bool ReadPascalBandQueries(const Node& metrics, const Node& threshold_metric_id,
                           const Resolver& resolver, ImportSink& sink, const std::string& what,
                           const std::string& alarm_pointer, engine::AlarmSpec* a);

// The provider schema Terraform and Pulumi share (provider_resource.cc):
// attribute names in snake_case for Terraform, camelCase for Pulumi.
enum class ProviderKind { kLogGroup, kMetricFilter, kAlarm };
enum class Naming { kSnake, kCamel };
void ReadProviderResource(ProviderKind kind, Fields& fields, Naming naming,
                          const Resolver& resolver, ImportSink& sink, const std::string& name_hint);

}  // namespace tailwatch::config::import

#endif  // TAILWATCH_CONFIG_IMPORT_IMPORT_CONTEXT_H_

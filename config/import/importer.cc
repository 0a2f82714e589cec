// `tailwatch import`: reads each input, tells its format by its shape, and
// hands it to that format's reader (config/import/*_reader.cc).
#include "config/importer.h"

#include <yaml-cpp/yaml.h>

#include <deque>
#include <fstream>
#include <sstream>

#include "config/import/import_context.h"

namespace tailwatch::config {
namespace {

constexpr size_t kMaxInputBytes = 64 << 20;

using import::ImportSink;
using import::InputFile;
using import::Node;

// The format a document is in, by the keys at its top; "" when unknown.
std::string FormatOf(const Node& root) {
  if (root.Get("Resources").IsMap() || root.Get("AWSTemplateFormatVersion").Present()) {
    return root.Get("Transform").Present() ? "SAM template" : "CloudFormation template";
  }
  if (root.Get("metricFilters").Present()) return "AWS describe-metric-filters output";
  if (root.Get("MetricAlarms").Present() || root.Get("CompositeAlarms").Present()) {
    return "AWS describe-alarms output";
  }
  if (root.Get("logGroups").Present()) return "AWS describe-log-groups output";
  if (root.Get("deployment").IsMap()) return "Pulumi stack export";
  if (root.Get("format_version").Present() &&
      (root.Get("values").Present() || root.Get("planned_values").Present())) {
    return root.Get("values").Present() ? "Terraform state (terraform show -json)"
                                        : "Terraform plan (terraform show -json)";
  }
  return "";
}

void ImportOne(const InputFile& file, ImportSink& sink, std::vector<std::string>* formats) {
  const Node root(&file, file.root, "");
  const std::string format = FormatOf(root);
  if (format.empty()) {
    sink.Error(root,
               "not a format tailwatch imports (AWS describe-metric-filters, "
               "describe-log-groups or describe-alarms JSON, a CloudFormation or SAM "
               "template, terraform show -json, pulumi stack export)");
    return;
  }
  formats->push_back(file.name + ": " + format);
  if (format.ends_with("template")) {
    import::ReadCloudFormation(root, sink);
  } else if (format == "AWS describe-metric-filters output") {
    import::ReadDescribeMetricFilters(root, sink);
  } else if (format == "AWS describe-alarms output") {
    import::ReadDescribeAlarms(root, sink);
  } else if (format == "AWS describe-log-groups output") {
    import::ReadDescribeLogGroups(root, sink);
  } else if (format == "Pulumi stack export") {
    import::ReadPulumi(root, sink);
  } else {
    import::ReadTerraform(root, sink);
  }
}

class Importer {
 public:
  void Add(std::string name, std::string_view text) {
    InputFile& file = files_.emplace_back();
    file.name = std::move(name);
    try {
      file.root = YAML::Load(std::string(text));
    } catch (const YAML::Exception& e) {
      result_.errors.push_back({file.name, e.mark.line + 1, e.mark.column + 1,
                                "cannot parse as JSON or YAML: " + e.msg});
      return;
    }
    ImportOne(file, sink_, &result_.formats);
  }

  void FileError(const std::string& name, std::string message) {
    result_.errors.push_back({name, 0, 0, std::move(message)});
  }

  ImportResult Finish() {
    std::vector<Diagnostic> errors;
    sink_.Finish(&result_.config, &errors, &result_.warnings);
    result_.errors.insert(result_.errors.end(), errors.begin(), errors.end());
    return std::move(result_);
  }

 private:
  std::deque<InputFile> files_;  // nodes refer to their file: stable addresses
  ImportSink sink_;
  ImportResult result_;
};

}  // namespace

ImportResult ImportFiles(std::span<const std::string> paths) {
  Importer importer;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      importer.FileError(path, "cannot read");
      continue;
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
      importer.FileError(path, "cannot read: read error");
      continue;
    }
    const std::string data = std::move(text).str();
    if (data.size() > kMaxInputBytes) {
      importer.FileError(path, "larger than 64 MiB");
      continue;
    }
    importer.Add(path, data);
  }
  return importer.Finish();
}

ImportResult ImportText(std::string_view text, const std::string& name) {
  Importer importer;
  importer.Add(name, text);
  return importer.Finish();
}

}  // namespace tailwatch::config

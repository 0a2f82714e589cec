// `tailwatch import`: reads each input, tells its format by its shape, and
// hands it to that format's reader (config/import/*_reader.cc).
#include "config/importer.h"

#include <simdjson.h>
#include <yaml-cpp/yaml.h>

#include <deque>
#include <fstream>
#include <optional>
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

// The 1-based line and column of the first line that is not valid UTF-8.
std::optional<std::pair<int, int>> FirstInvalidUtf8(std::string_view text) {
  if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
  int line = 1;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view row = text.substr(start, end - start);
    if (!simdjson::validate_utf8(row.data(), row.size())) {
      size_t column = 0;
      while (column < row.size() && static_cast<unsigned char>(row[column]) < 0x80) ++column;
      return std::make_pair(line, static_cast<int>(column) + 1);
    }
    start = end + 1;
    ++line;
  }
  return std::make_pair(line, 1);
}

class Importer {
 public:
  void Add(std::string name, std::string_view text) {
    InputFile& file = files_.emplace_back();
    file.name = std::move(name);
    // Every format read here is UTF-8 (JSON by definition, CloudFormation
    // and Pulumi by their specifications). yaml-cpp would replace invalid
    // bytes on the way back out, so a name could change (and outgrow its
    // limit) between import and load: refuse them where they are.
    if (const auto bad = FirstInvalidUtf8(text)) {
      result_.errors.push_back({file.name, bad->first, bad->second, "not valid UTF-8"});
      return;
    }
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

std::string ImportMessageForApi(std::string_view message) {
  constexpr std::string_view kLead = "not carried: ";
  if (message.starts_with(kLead)) message.remove_prefix(kLead.size());
  return std::string(message.substr(0, message.find(" (at ")));
}

std::string ImportMessagesForApi(const ImportResult& result, std::string_view ignored) {
  std::string joined;
  for (const auto* list : {&result.errors, &result.warnings}) {
    for (const Diagnostic& d : *list) {
      if (!ignored.empty() && d.message.find(ignored) != std::string::npos) continue;
      joined += (joined.empty() ? "" : "; ") + ImportMessageForApi(d.message);
    }
  }
  return joined;
}

}  // namespace tailwatch::config

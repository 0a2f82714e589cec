// `tailwatch test-pattern PATTERN [FILE|-]`: the local `aws logs
// test-metric-filter`. Runs one CloudWatch filter pattern -- through the same
// FilterSet the daemon uses, prefilter included -- over log lines or a JSON
// array of messages and prints one JSON line per matching event, shaped like a
// TestMetricFilter match, then a summary line.
#include <simdjson.h>

#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/alarm/format.h"
#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"
#include "engine/match/filter_set.h"
#include "engine/match/metric_transformation.h"
#include "engine/match/one_filter_sink.h"
#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {
namespace {

constexpr std::string_view kHelp =
    "usage: tailwatch test-pattern [--value EXPR] PATTERN [FILE|-]\n"
    "       tailwatch test-pattern [--value EXPR] --events FILE.json PATTERN\n"
    "\n"
    "Tests a CloudWatch Logs filter pattern (terms, %regex%, { JSON }, [space-delimited])\n"
    "on log events, like `aws logs test-metric-filter`.\n"
    "\n"
    "  PATTERN             the filter pattern (quote it for the shell); '' matches all\n"
    "  FILE                log lines, one event per line ('\\n'; a trailing '\\r' is\n"
    "                      dropped; empty lines are skipped); '-' or none = stdin\n"
    "  --events FILE.json  the events as a JSON array of strings instead (like\n"
    "                      --log-event-messages; messages may hold newlines)\n"
    "  --value EXPR        also print the metric value a transformation with this\n"
    "                      metricValue would emit: a number, $.selector (JSON) or\n"
    "                      $name / $N (space-delimited); null when the event's value\n"
    "                      is missing or not a number (the sample is dropped)\n"
    "  -h, --help          this text\n"
    "\n"
    "Output (stdout), one JSON object per line:\n"
    "  {\"eventNumber\":N,\"eventMessage\":\"...\",\"extractedValues\":{...}[,\"value\":x]}\n"
    "      for every matching event, in input order. N is 1-based: the line number\n"
    "      for FILE, the array position for --events. extractedValues holds the\n"
    "      space-delimited fields ($name for named fields, $<position> for the rest)\n"
    "      and is {} for term, regex and JSON patterns, as AWS answers.\n"
    "  {\"summary\":{\"events\":E,\"matches\":M}}\n"
    "      last: E events read, M of them matched.\n"
    "\n"
    "Exit status: 0 ok (also when nothing matched); 1 bad pattern, --value or\n"
    "input, with 'error: column N: message' on stderr; 2 usage error.\n";

void Usage(std::string_view message) {
  std::fprintf(stderr, "tailwatch test-pattern: %.*s\n(see tailwatch test-pattern --help)\n",
               static_cast<int>(message.size()), message.data());
}

// JSON strings: engine::AppendJsonString escapes quotes, backslashes and
// control characters and turns bytes that are not valid UTF-8 into U+FFFD, so
// the output is always valid JSON.
using engine::AppendJsonString;

void AppendNumber(std::string& out, double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  out.append(buffer, result.ptr);
}

struct Options {
  std::optional<std::string> value;
  std::optional<std::string> events_file;
  std::optional<std::string> pattern;
  std::optional<std::string> input;
};

// Reads all of `path` ("-" = stdin).
std::optional<std::string> ReadAll(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class Runner {
 public:
  Runner(const engine::FilterSet& set, bool with_value) : set_(set), with_value_(with_value) {}

  void Event(size_t number, std::string_view message) {
    ++events_;
    sink_.Reset();
    set_.Process(message, ctx_, sink_);
    if (!sink_.matched) return;
    ++matches_;
    line_.clear();
    line_ += "{\"eventNumber\":";
    line_ += std::to_string(number);
    line_ += ",\"eventMessage\":";
    AppendJsonString(line_, message);
    line_ += ",\"extractedValues\":{";
    if (set_.pattern(0).kind() == engine::PatternKind::kSpaceDelimited) {
      bool first = true;
      for (const engine::ExtractedValue& v : ctx_.extracted_values()) {
        if (!first) line_ += ',';
        first = false;
        AppendJsonString(line_, v.name);
        line_ += ':';
        AppendJsonString(line_, v.value);
      }
    }
    line_ += '}';
    if (with_value_) {
      line_ += ",\"value\":";
      if (sink_.value) {
        AppendNumber(line_, *sink_.value);
      } else {
        line_ += "null";
      }
    }
    line_ += "}\n";
    std::fwrite(line_.data(), 1, line_.size(), stdout);
  }

  void Summary() const {
    std::printf("{\"summary\":{\"events\":%zu,\"matches\":%zu}}\n", events_, matches_);
  }

 private:
  const engine::FilterSet& set_;
  bool with_value_;
  engine::EventContext ctx_;
  engine::OneFilterSink sink_;
  std::string line_;
  size_t events_ = 0;
  size_t matches_ = 0;
};

}  // namespace

int RunTestPattern(Args args) {
  Options options;
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (!options_done && arg.starts_with("--") && arg.size() > 2) {
      const size_t eq = arg.find('=');
      const std::string_view name = arg.substr(0, eq);
      std::optional<std::string> inline_value;
      if (eq != std::string_view::npos) inline_value = std::string(arg.substr(eq + 1));
      auto take_value = [&]() -> std::optional<std::string> {
        if (inline_value) return inline_value;
        if (i + 1 >= args.size()) return std::nullopt;
        return std::string(args[++i]);
      };
      if (name == "--help") {
        std::fwrite(kHelp.data(), 1, kHelp.size(), stdout);
        return kExitOk;
      }
      if (name == "--version") {
        std::puts("tailwatch " TAILWATCH_VERSION);
        return kExitOk;
      }
      if (name == "--value" || name == "--events") {
        std::optional<std::string> value = take_value();
        if (!value) {
          Usage(std::string(name) + " needs a value");
          return kExitUsage;
        }
        (name == "--value" ? options.value : options.events_file) = std::move(value);
        continue;
      }
      Usage("unknown option '" + std::string(arg) + "'");
      return kExitUsage;
    }
    if (!options_done && arg == "--") {
      options_done = true;
      continue;
    }
    if (!options_done && arg == "-h") {
      std::fwrite(kHelp.data(), 1, kHelp.size(), stdout);
      return kExitOk;
    }
    // Anything else is positional, a leading '-' included: `-DEBUG` is a
    // valid pattern and `-` means stdin.
    if (!options.pattern) {
      options.pattern = std::string(arg);
    } else if (!options.input) {
      options.input = std::string(arg);
    } else {
      Usage("too many arguments");
      return kExitUsage;
    }
  }
  if (!options.pattern) {
    Usage("missing PATTERN");
    return kExitUsage;
  }
  if (options.events_file && options.input) {
    Usage("give either FILE or --events, not both");
    return kExitUsage;
  }

  auto pattern = engine::FilterPattern::Compile(*options.pattern);
  if (!pattern) {
    std::fprintf(stderr, "error: %s\n", pattern.error().ToString().c_str());
    return kExitUserError;
  }
  engine::FilterSpec spec;
  spec.name = "test-pattern";
  spec.pattern = *options.pattern;
  spec.transformation.metric_name = "value";
  spec.transformation.metric_namespace = "tailwatch";
  spec.transformation.metric_value = options.value.value_or("1");
  if (options.value) {
    auto transformation = engine::CompiledTransformation::Compile(*pattern, spec.transformation);
    if (!transformation) {
      std::string message = transformation.error().message;
      constexpr std::string_view kKey = "metric_transformation.value: ";
      if (message.starts_with(kKey)) message = message.substr(kKey.size());
      std::fprintf(stderr, "error: --value: %s\n", message.c_str());
      return kExitUserError;
    }
  }
  auto set = engine::FilterSet::Compile({spec});
  if (!set) {
    std::fprintf(stderr, "error: %s\n", set.error().ToString().c_str());
    return kExitUserError;
  }
  Runner runner(*set, options.value.has_value());

  if (options.events_file) {
    std::optional<std::string> text = ReadAll(*options.events_file);
    if (!text) {
      std::fprintf(stderr, "error: cannot read '%s'\n", options.events_file->c_str());
      return kExitUserError;
    }
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(*text).get(root) != simdjson::SUCCESS ||
        root.type() != simdjson::dom::element_type::ARRAY) {
      std::fprintf(stderr, "error: %s: expected a JSON array of strings\n",
                   options.events_file->c_str());
      return kExitUserError;
    }
    simdjson::dom::array array;
    if (root.get_array().get(array) != simdjson::SUCCESS) return kExitInternal;
    // Check everything first, so bad input prints no partial results.
    size_t index = 0;
    for (simdjson::dom::element item : array) {
      ++index;
      if (item.type() != simdjson::dom::element_type::STRING) {
        std::fprintf(stderr, "error: %s: element %zu is not a string\n",
                     options.events_file->c_str(), index);
        return kExitUserError;
      }
    }
    index = 0;
    for (simdjson::dom::element item : array) {
      std::string_view message;
      if (item.get_string().get(message) != simdjson::SUCCESS) return kExitInternal;
      runner.Event(++index, message);
    }
    runner.Summary();
    return kExitOk;
  }

  const std::string input = options.input.value_or("-");
  std::ifstream file;
  std::istream* in = &std::cin;
  if (input != "-") {
    file.open(input, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "error: cannot open '%s'\n", input.c_str());
      return kExitUserError;
    }
    in = &file;
  }
  std::string line;
  size_t number = 0;
  while (std::getline(*in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    runner.Event(number, line);
  }
  runner.Summary();
  return kExitOk;
}

}  // namespace tailwatch::tools

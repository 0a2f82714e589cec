// `tailwatch patterns`: the log patterns of files, learned in one pass by the
// same miner the daemon runs (engine/patterns/pattern_miner.h): a person's
// first look at an unknown log, like Logs Insights' `pattern` command, and
// with --lines a per-line assignment anyone can score.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "engine/alarm/format.h"
#include "engine/patterns/pattern_miner.h"
#include "tools/tailwatch/commands.h"
#include "tools/tailwatch/record_reader.h"

namespace tailwatch::tools {
namespace {

using engine::patterns::PatternMiner;

constexpr std::string_view kHelp =
    "usage: tailwatch patterns [--top N] LOG...\n"
    "       tailwatch patterns --lines LOG...\n"
    "       tailwatch patterns --new-after N LOG...\n"
    "\n"
    "Learns the log patterns of the files in one pass (variable parts such as\n"
    "numbers, ids, IPs, paths with digits and quoted values read <*>) and prints\n"
    "them, most frequent first, as 'COUNT  SHARE  ID  PATTERN' lines.\n"
    "\n"
    "  LOG         a log file, '-' for stdin; several files are one stream\n"
    "  --top N     print the N most frequent patterns (default 50; 0 = all)\n"
    "  --lines     instead, print one JSON object per input line:\n"
    "              {\"line\":N,\"pattern_id\":\"...\",\"pattern\":\"...\"}\n"
    "              N counts every line from 1 across the files (blank lines are\n"
    "              skipped but counted); the id and template are the pattern's\n"
    "              final ones, after the whole input was learned\n"
    "  --new-after N\n"
    "              instead, learn from lines 1..N, then print each pattern first\n"
    "              seen after line N, when it is seen, as one JSON object:\n"
    "              {\"type\":\"anomaly\",\"kind\":\"new_pattern\",\"pattern_id\":...,\n"
    "               \"pattern\":...,\"line\":N,\"file\":...}\n"
    "  -h, --help  this text\n"
    "\n"
    "Exit status: 0 ok, 1 unreadable file, 2 usage error.\n";

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos;
}

// Feeds every line of `paths` to `on_line(path, line_number, line)`, numbering
// blank lines too; '\n', "\r\n" and a lone '\r' end a line.
template <class OnLine>
bool ForEachLine(const std::vector<std::string>& paths, OnLine&& on_line) {
  uint64_t number = 0;
  for (const std::string& path : paths) {
    bool after_cr = false;
    const Status status = ForEachRecordBuffer(path, [&](std::string_view buffer) {
      size_t i = 0;
      if (after_cr && !buffer.empty() && buffer.front() == '\n') i = 1;
      after_cr = false;
      const char* data = buffer.data();
      const size_t size = buffer.size();
      while (i < size) {
        // memchr finds '\n' fast; a '\r' before it ends the line too.
        const void* lf = std::memchr(data + i, '\n', size - i);
        const size_t lf_at = lf ? static_cast<size_t>(static_cast<const char*>(lf) - data) : size;
        const void* cr = std::memchr(data + i, '\r', lf_at - i);
        if (cr == nullptr) {
          on_line(path, ++number, buffer.substr(i, lf_at - i));
          i = lf_at + 1;
          continue;
        }
        const size_t cr_at = static_cast<size_t>(static_cast<const char*>(cr) - data);
        on_line(path, ++number, buffer.substr(i, cr_at - i));
        if (cr_at + 1 == size) after_cr = true;
        i = cr_at + 1 == lf_at ? lf_at + 1 : cr_at + 1;
      }
    });
    if (!status) {
      std::fprintf(stderr, "tailwatch patterns: %s: %s\n", path.c_str(),
                   status.error().message.c_str());
      return false;
    }
  }
  return true;
}

void PrintTop(const PatternMiner& miner, uint64_t top) {
  std::vector<uint32_t> live = miner.LivePatterns();
  std::stable_sort(live.begin(), live.end(), [&](uint32_t a, uint32_t b) {
    return miner.pattern(a).count > miner.pattern(b).count;
  });
  if (top > 0 && live.size() > top) live.resize(top);
  const double lines = std::max<double>(1.0, static_cast<double>(miner.counters().lines));
  for (const uint32_t index : live) {
    const auto& p = miner.pattern(index);
    std::printf("%10llu  %5.1f%%  %s  %s\n", static_cast<unsigned long long>(p.count),
                100.0 * static_cast<double>(p.count) / lines, p.id.c_str(), p.text.c_str());
  }
  const auto& c = miner.counters();
  std::fprintf(stderr, "%llu lines, %zu patterns, %llu merges, %llu lines over the pattern cap\n",
               static_cast<unsigned long long>(c.lines), miner.live_count(),
               static_cast<unsigned long long>(c.merges),
               static_cast<unsigned long long>(c.lines_over_cap));
}

void PrintLines(const PatternMiner& miner,
                const std::vector<std::pair<uint64_t, uint32_t>>& lines) {
  std::string out;
  for (const auto& [number, index] : lines) {
    out += "{\"line\":";
    out += std::to_string(number);
    if (index == PatternMiner::kOverflow) {
      out += ",\"pattern_id\":null,\"pattern\":null}\n";
    } else {
      const auto& p = miner.pattern(index);
      out += ",\"pattern_id\":\"";
      out += p.id;
      out += "\",\"pattern\":";
      engine::AppendJsonString(out, p.text);
      out += "}\n";
    }
    if (out.size() > (1 << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
}

}  // namespace

int RunPatterns(Args args) {
  uint64_t top = 50;
  bool per_line = false;
  bool new_only = false;
  uint64_t learn_lines = 0;
  std::vector<std::string> paths;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kHelp.data(), stdout);
      return kExitOk;
    }
    if (arg == "--lines") {
      per_line = true;
    } else if (arg == "--top" || arg == "--new-after") {
      if (++i == args.size()) {
        std::fprintf(stderr, "tailwatch patterns: %.*s needs a number\n",
                     static_cast<int>(arg.size()), arg.data());
        return kExitUsage;
      }
      const std::string_view value = args[i];
      uint64_t count = 0;
      const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), count);
      if (ec != std::errc() || end != value.data() + value.size()) {
        std::fprintf(stderr, "tailwatch patterns: %.*s: not a count: '%.*s'\n",
                     static_cast<int>(arg.size()), arg.data(), static_cast<int>(value.size()),
                     value.data());
        return kExitUsage;
      }
      if (arg == "--top") {
        top = count;
      } else {
        new_only = true;
        learn_lines = count;
      }
    } else if (arg.size() > 1 && arg.front() == '-') {
      std::fprintf(stderr, "tailwatch patterns: unknown option '%.*s'\n%s",
                   static_cast<int>(arg.size()), arg.data(), kHelp.data());
      return kExitUsage;
    } else {
      paths.emplace_back(arg);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr, "tailwatch patterns: no log file given\n%s", kHelp.data());
    return kExitUsage;
  }
  PatternMiner miner;
  std::vector<std::pair<uint64_t, uint32_t>> lines;
  if (per_line && new_only) {
    std::fputs("tailwatch patterns: --lines and --new-after exclude each other\n", stderr);
    return kExitUsage;
  }
  std::string out;
  const bool ok =
      ForEachLine(paths, [&](const std::string& path, uint64_t number, std::string_view line) {
        if (IsBlank(line)) return;
        const auto assignment = miner.Observe(line, 0);
        if (per_line) lines.emplace_back(number, assignment.index);
        if (new_only && assignment.created && number > learn_lines) {
          const auto& p = miner.pattern(assignment.index);
          out = "{\"type\":\"anomaly\",\"kind\":\"new_pattern\",\"pattern_id\":\"" + p.id +
                "\",\"pattern\":";
          engine::AppendJsonString(out, p.text);
          out += ",\"line\":" + std::to_string(number) + ",\"file\":";
          engine::AppendJsonString(out, path);
          out += "}\n";
          std::fwrite(out.data(), 1, out.size(), stdout);
        }
      });
  if (!ok) return kExitUserError;
  if (per_line) {
    PrintLines(miner, lines);
  } else if (!new_only) {
    PrintTop(miner, top);
  }
  return kExitOk;
}

}  // namespace tailwatch::tools

// `tailwatch anomaly-score`: runs the band model over a `timestamp,value` CSV
// (the layout of the Numenta Anomaly Benchmark's data files) and writes each
// row's anomaly score -- the same score the band alarm decides on -- so a
// model can be judged on labelled series. One output row per input row, in
// input order: repeated or backwards timestamps are scored, never sorted or
// dropped.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "engine/anomaly/band_model.h"
#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {
namespace {

namespace fs = std::filesystem;
using engine::anomaly::BandModel;

constexpr std::string_view kHelp =
    "usage: tailwatch anomaly-score [--k K ...] IN.csv [OUT.csv]\n"
    "       tailwatch anomaly-score [--k K ...] --nab DATA_DIR OUT_DIR\n"
    "\n"
    "Scores a series with the anomaly-detection band model (the model behind\n"
    "ANOMALY_DETECTION_BAND alarms), strictly online: each row is scored against\n"
    "what the model learned from the rows before it.\n"
    "\n"
    "  IN.csv        a header line, then `timestamp,value` rows; timestamps are\n"
    "                `YYYY-MM-DD HH:MM:SS` (or `T`, fractional seconds, `Z`; read as\n"
    "                UTC) or epoch seconds. Rows may repeat or go back in time.\n"
    "  OUT.csv       where to write; '-' or none = stdout\n"
    "  --k K         also write the band of width K (band_lower_K,band_upper_K;\n"
    "                empty while the model warms up); repeatable\n"
    "  --nab DATA_DIR OUT_DIR\n"
    "                score every *.csv under DATA_DIR (NAB's data/ folder) into\n"
    "                OUT_DIR at the same relative path\n"
    "  -h, --help    this text\n"
    "\n"
    "Output: `timestamp,value,anomaly_score[,band_lower_K,band_upper_K...]`, one row\n"
    "per input row in input order, timestamp and value copied verbatim. The score is\n"
    "in [0,1], 0 while the model warms up; the band of width K is breached exactly\n"
    "where anomaly_score > K/(1+K).\n"
    "\n"
    "Exit status: 0 ok; 1 unreadable or malformed input (file:line: message on\n"
    "stderr); 2 usage error.\n";

void Usage(std::string_view message) {
  std::fprintf(stderr, "tailwatch anomaly-score: %.*s\n(see tailwatch anomaly-score --help)\n",
               static_cast<int>(message.size()), message.data());
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

bool Digits(std::string_view text, size_t pos, size_t count, unsigned* out) {
  if (pos + count > text.size()) return false;
  unsigned value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  *out = value;
  return true;
}

// Milliseconds since the epoch, or nullopt when `text` is not a timestamp.
std::optional<int64_t> ParseTimestamp(std::string_view text) {
  unsigned year, month, day, hour, minute, second;
  if (text.size() >= 19 && text[4] == '-' && text[7] == '-' &&
      (text[10] == ' ' || text[10] == 'T') && text[13] == ':' && text[16] == ':' &&
      Digits(text, 0, 4, &year) && Digits(text, 5, 2, &month) && Digits(text, 8, 2, &day) &&
      Digits(text, 11, 2, &hour) && Digits(text, 14, 2, &minute) && Digits(text, 17, 2, &second)) {
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
      return std::nullopt;
    }
    std::string_view rest = text.substr(19);
    int64_t millis = 0;
    if (!rest.empty() && rest.front() == '.') {
      size_t i = 1;
      int64_t scale = 100;
      while (i < rest.size() && rest[i] >= '0' && rest[i] <= '9') {
        millis += scale * (rest[i] - '0');
        scale /= 10;
        ++i;
      }
      if (i == 1) return std::nullopt;
      rest.remove_prefix(i);
    }
    if (rest == "Z") rest = {};
    if (!rest.empty()) return std::nullopt;
    const int64_t days = DaysFromCivil(year, month, day);
    return ((days * 24 + hour) * 60 + minute) * 60'000 + second * 1000 + millis;
  }
  double seconds = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(seconds) ||
      std::fabs(seconds) > 1e14) {
    return std::nullopt;
  }
  return static_cast<int64_t>(seconds * 1000);
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

void AppendNumber(std::string& out, double value) {
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  out.append(buffer, result.ptr);
}

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->clear();
  char buffer[1 << 16];
  while (in.read(buffer, sizeof(buffer)) || in.gcount() > 0) {
    out->append(buffer, static_cast<size_t>(in.gcount()));
  }
  return !in.bad();
}

// Scores `input` (a whole CSV file) into `out`. Returns false with a message
// naming the line on malformed input.
bool ScoreCsv(std::string_view name, std::string_view input, const std::vector<double>& widths,
              std::string* out, std::string* error) {
  BandModel model;
  size_t pos = 0;
  size_t line_number = 0;
  bool header_seen = false;
  out->reserve(input.size() + input.size() / 2);
  while (pos < input.size()) {
    size_t end = input.find('\n', pos);
    if (end == std::string_view::npos) end = input.size();
    std::string_view line = input.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    const size_t comma = line.find(',');
    auto fail = [&](std::string_view what) {
      *error = std::string(name) + ":" + std::to_string(line_number) + ": " + std::string(what);
      return false;
    };
    if (comma == std::string_view::npos) return fail("expected `timestamp,value`");
    const std::string_view stamp_text = Trim(line.substr(0, comma));
    std::string_view value_text = line.substr(comma + 1);
    const size_t extra = value_text.find(',');
    if (extra != std::string_view::npos) value_text = value_text.substr(0, extra);
    value_text = Trim(value_text);
    if (!header_seen) {
      header_seen = true;
      if (stamp_text != "timestamp" || value_text != "value") {
        return fail("expected the header `timestamp,value`");
      }
      out->append("timestamp,value,anomaly_score");
      for (double k : widths) {
        out->append(",band_lower_");
        AppendNumber(*out, k);
        out->append(",band_upper_");
        AppendNumber(*out, k);
      }
      out->push_back('\n');
      continue;
    }
    const std::optional<int64_t> time_ms = ParseTimestamp(stamp_text);
    if (!time_ms) return fail("bad timestamp '" + std::string(stamp_text) + "'");
    double value = 0;
    const auto [value_end, ec] =
        std::from_chars(value_text.data(), value_text.data() + value_text.size(), value);
    if (ec != std::errc() || value_end != value_text.data() + value_text.size()) {
      return fail("bad value '" + std::string(value_text) + "'");
    }
    const auto prediction = model.Predict(*time_ms);
    model.Observe(*time_ms, value);
    out->append(stamp_text);
    out->push_back(',');
    out->append(value_text);
    out->push_back(',');
    AppendNumber(*out, prediction ? engine::anomaly::Score(*prediction, value) : 0.0);
    for (double k : widths) {
      out->push_back(',');
      if (prediction) AppendNumber(*out, prediction->Lower(k));
      out->push_back(',');
      if (prediction) AppendNumber(*out, prediction->Upper(k));
    }
    out->push_back('\n');
  }
  if (!header_seen) {
    *error = std::string(name) + ": empty file (expected the header `timestamp,value`)";
    return false;
  }
  return true;
}

bool WriteFile(const fs::path& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  return static_cast<bool>(out.flush());
}

int ScoreOne(const std::string& in_path, const std::string& out_path,
             const std::vector<double>& widths) {
  std::string input;
  if (!ReadFile(in_path, &input)) {
    std::fprintf(stderr, "tailwatch anomaly-score: %s: cannot read\n", in_path.c_str());
    return kExitUserError;
  }
  std::string output;
  std::string error;
  if (!ScoreCsv(in_path, input, widths, &output, &error)) {
    std::fprintf(stderr, "tailwatch anomaly-score: %s\n", error.c_str());
    return kExitUserError;
  }
  if (out_path.empty() || out_path == "-") {
    std::fwrite(output.data(), 1, output.size(), stdout);
    return std::fflush(stdout) == 0 ? kExitOk : kExitUserError;
  }
  if (!WriteFile(out_path, output)) {
    std::fprintf(stderr, "tailwatch anomaly-score: %s: cannot write\n", out_path.c_str());
    return kExitUserError;
  }
  return kExitOk;
}

int ScoreNab(const fs::path& data_dir, const fs::path& out_dir, const std::vector<double>& widths) {
  std::error_code ec;
  if (!fs::is_directory(data_dir, ec)) {
    std::fprintf(stderr, "tailwatch anomaly-score: %s: not a directory\n", data_dir.c_str());
    return kExitUserError;
  }
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(data_dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && it->path().extension() == ".csv") files.push_back(it->path());
  }
  if (ec) {
    std::fprintf(stderr, "tailwatch anomaly-score: %s: %s\n", data_dir.c_str(),
                 ec.message().c_str());
    return kExitUserError;
  }
  std::sort(files.begin(), files.end());
  std::string input;
  std::string output;
  std::string error;
  for (const fs::path& file : files) {
    const fs::path target = out_dir / fs::relative(file, data_dir);
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      std::fprintf(stderr, "tailwatch anomaly-score: %s: %s\n", target.parent_path().c_str(),
                   ec.message().c_str());
      return kExitUserError;
    }
    output.clear();
    if (!ReadFile(file, &input)) {
      std::fprintf(stderr, "tailwatch anomaly-score: %s: cannot read\n", file.c_str());
      return kExitUserError;
    }
    if (!ScoreCsv(file.string(), input, widths, &output, &error)) {
      std::fprintf(stderr, "tailwatch anomaly-score: %s\n", error.c_str());
      return kExitUserError;
    }
    if (!WriteFile(target, output)) {
      std::fprintf(stderr, "tailwatch anomaly-score: %s: cannot write\n", target.c_str());
      return kExitUserError;
    }
  }
  std::fprintf(stderr, "tailwatch anomaly-score: scored %zu files into %s\n", files.size(),
               out_dir.c_str());
  return kExitOk;
}

}  // namespace

int RunAnomalyScore(Args args) {
  std::vector<double> widths;
  std::vector<std::string> positional;
  bool nab = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view arg = args[i];
    if (arg == "-h" || arg == "--help") {
      std::fputs(kHelp.data(), stdout);
      return kExitOk;
    }
    if (arg == "--k") {
      if (i + 1 >= args.size()) {
        Usage("--k needs a value");
        return kExitUsage;
      }
      const std::string_view text = args[++i];
      double k = 0;
      const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), k);
      if (ec != std::errc() || end != text.data() + text.size() || !(k > 0) || !std::isfinite(k)) {
        Usage("--k must be a positive number, got '" + std::string(text) + "'");
        return kExitUsage;
      }
      widths.push_back(k);
    } else if (arg == "--nab") {
      nab = true;
    } else if (arg.size() > 1 && arg.front() == '-') {
      Usage("unknown option '" + std::string(arg) + "'");
      return kExitUsage;
    } else {
      positional.emplace_back(arg);
    }
  }
  if (nab) {
    if (positional.size() != 2) {
      Usage("--nab takes DATA_DIR and OUT_DIR");
      return kExitUsage;
    }
    return ScoreNab(positional[0], positional[1], widths);
  }
  if (positional.empty() || positional.size() > 2) {
    Usage("expected IN.csv [OUT.csv]");
    return kExitUsage;
  }
  return ScoreOne(positional[0], positional.size() == 2 ? positional[1] : "", widths);
}

}  // namespace tailwatch::tools

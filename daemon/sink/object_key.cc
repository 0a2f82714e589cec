#include "daemon/sink/object_key.h"

#include <charconv>
#include <cstdio>
#include <ctime>
#include <vector>

#include "daemon/notify/sigv4.h"

namespace tailwatch::sink {
namespace {

std::string Padded(uint64_t value) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%020llu", static_cast<unsigned long long>(value));
  return buffer;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

bool ParseUint(std::string_view text, uint64_t* out) {
  if (text.empty()) return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

std::vector<std::string_view> Split(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find('/', start), text.size());
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

}  // namespace

std::string EscapeKeySegment(std::string_view text) { return notify::UriEncode(text, false); }

std::optional<std::string> UnescapeKeySegment(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const int hi = HexDigit(text[i + 1]);
    const int lo = HexDigit(text[i + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

std::string MakeObjectKey(const ObjectKeyParts& parts) {
  const time_t seconds = static_cast<time_t>(parts.hour_ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char hour[32];
  std::snprintf(hour, sizeof hour, "%04d/%02d/%02d/%02d", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour);
  std::string key;
  if (!parts.prefix.empty()) key += parts.prefix + "/";
  key += EscapeKeySegment(parts.log_group) + "/" + EscapeKeySegment(parts.log_stream) + "/" + hour +
         "/" + parts.source_id + "-" + Padded(parts.first) + "-" + Padded(parts.last) + ".gz";
  return key;
}

std::optional<ObjectKeyParts> ParseObjectKey(std::string_view key, std::string_view prefix) {
  ObjectKeyParts parts;
  parts.prefix = std::string(prefix);
  if (!prefix.empty()) {
    if (!key.starts_with(prefix) || key.size() <= prefix.size() || key[prefix.size()] != '/') {
      return std::nullopt;
    }
    key.remove_prefix(prefix.size() + 1);
  }
  const std::vector<std::string_view> levels = Split(key);
  if (levels.size() != 7) return std::nullopt;
  auto group = UnescapeKeySegment(levels[0]);
  auto stream = UnescapeKeySegment(levels[1]);
  if (!group || !stream) return std::nullopt;
  parts.log_group = std::move(*group);
  parts.log_stream = std::move(*stream);
  uint64_t year = 0, month = 0, day = 0, hour = 0;
  if (!ParseUint(levels[2], &year) || !ParseUint(levels[3], &month) ||
      !ParseUint(levels[4], &day) || !ParseUint(levels[5], &hour) || month < 1 || month > 12 ||
      day < 1 || day > 31 || hour > 23) {
    return std::nullopt;
  }
  std::tm tm{};
  tm.tm_year = static_cast<int>(year) - 1900;
  tm.tm_mon = static_cast<int>(month) - 1;
  tm.tm_mday = static_cast<int>(day);
  tm.tm_hour = static_cast<int>(hour);
  parts.hour_ms = static_cast<int64_t>(timegm(&tm)) * 1000;
  std::string_view name = levels[6];
  if (!name.ends_with(".gz")) return std::nullopt;
  name.remove_suffix(3);
  const size_t last_dash = name.rfind('-');
  if (last_dash == std::string_view::npos || last_dash == 0) return std::nullopt;
  const size_t first_dash = name.rfind('-', last_dash - 1);
  if (first_dash == std::string_view::npos || first_dash == 0) return std::nullopt;
  if (!ParseUint(name.substr(first_dash + 1, last_dash - first_dash - 1), &parts.first) ||
      !ParseUint(name.substr(last_dash + 1), &parts.last)) {
    return std::nullopt;
  }
  parts.source_id = std::string(name.substr(0, first_dash));
  return parts;
}

std::string FileSourceId(uint64_t dev, uint64_t inode, uint64_t generation) {
  return "f" + std::to_string(dev) + "." + std::to_string(inode) + "." + std::to_string(generation);
}

}  // namespace tailwatch::sink

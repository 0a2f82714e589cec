#include "daemon/cloudwatch/aws_value.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <ctime>

namespace tailwatch::daemon::cloudwatch {
namespace {

tl::unexpected<CloudWatchError> WrongKind(std::string_view key, std::string_view what) {
  return tl::unexpected(InvalidParameterValue("The parameter " + std::string(key) + " must be " +
                                              std::string(what) + "."));
}

bool IsAbsent(const AwsValue* value) {
  return value == nullptr || value->kind == AwsValue::Kind::kNull;
}

std::optional<double> ParseNumber(std::string_view text) {
  if (text.empty()) return std::nullopt;
  double value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end) return std::nullopt;
  return value;
}

bool ReadDigits(std::string_view text, size_t& pos, size_t count, int* out) {
  if (pos + count > text.size()) return false;
  int value = 0;
  for (size_t i = 0; i < count; ++i) {
    const char c = text[pos + i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  pos += count;
  *out = value;
  return true;
}

bool Expect(std::string_view text, size_t& pos, char c) {
  if (pos >= text.size() || text[pos] != c) return false;
  ++pos;
  return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

AwsValue AwsValue::Bool(bool value) {
  AwsValue v;
  v.kind = Kind::kBool;
  v.boolean = value;
  return v;
}
AwsValue AwsValue::Int(int64_t value) {
  AwsValue v;
  v.kind = Kind::kInt;
  v.integer = value;
  return v;
}
AwsValue AwsValue::Double(double value) {
  AwsValue v;
  v.kind = Kind::kDouble;
  v.number = value;
  return v;
}
AwsValue AwsValue::String(std::string value) {
  AwsValue v;
  v.kind = Kind::kString;
  v.text = std::move(value);
  return v;
}
AwsValue AwsValue::TimestampMs(int64_t epoch_ms) {
  AwsValue v;
  v.kind = Kind::kTimestamp;
  v.integer = epoch_ms;
  return v;
}
AwsValue AwsValue::List() {
  AwsValue v;
  v.kind = Kind::kList;
  return v;
}
AwsValue AwsValue::Map() {
  AwsValue v;
  v.kind = Kind::kMap;
  return v;
}

AwsValue AwsValue::Dictionary() {
  AwsValue v = Map();
  v.dictionary = true;
  return v;
}

AwsValue& AwsValue::Set(std::string key, AwsValue value) {
  members.emplace_back(std::move(key), std::move(value));
  return members.back().second;
}

AwsValue& AwsValue::Push(AwsValue value) {
  items.push_back(std::move(value));
  return items.back();
}

const AwsValue* AwsValue::Find(std::string_view key) const {
  if (kind != Kind::kMap) return nullptr;
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

CloudWatchError InvalidParameterValue(std::string message) {
  return CloudWatchError{400, "InvalidParameterValue", std::move(message), true};
}
CloudWatchError MissingParameter(std::string member) {
  return CloudWatchError{400, "MissingParameter", "The parameter " + member + " is required.",
                         true};
}
CloudWatchError InvalidParameterCombination(std::string message) {
  return CloudWatchError{400, "InvalidParameterCombination", std::move(message), true};
}
CloudWatchError ResourceNotFound(std::string message) {
  return CloudWatchError{404, "ResourceNotFound", std::move(message), true};
}

CwResult<std::optional<std::string>> GetString(const AwsValue& request, std::string_view key) {
  const AwsValue* value = request.Find(key);
  if (IsAbsent(value)) return std::optional<std::string>();
  if (value->kind != AwsValue::Kind::kString) return WrongKind(key, "a string");
  return std::optional<std::string>(value->text);
}

CwResult<std::optional<double>> GetDouble(const AwsValue& request, std::string_view key) {
  const AwsValue* value = request.Find(key);
  if (IsAbsent(value)) return std::optional<double>();
  switch (value->kind) {
    case AwsValue::Kind::kInt:
      return std::optional<double>(static_cast<double>(value->integer));
    case AwsValue::Kind::kDouble:
      return std::optional<double>(value->number);
    case AwsValue::Kind::kString:
      if (auto number = ParseNumber(value->text)) return std::optional<double>(*number);
      break;
    default:
      break;
  }
  return WrongKind(key, "a number");
}

CwResult<std::optional<int64_t>> GetInt(const AwsValue& request, std::string_view key) {
  auto number = GetDouble(request, key);
  if (!number) return tl::unexpected(number.error());
  if (!*number) return std::optional<int64_t>();
  const double d = **number;
  if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0) {
    return WrongKind(key, "an integer");
  }
  return std::optional<int64_t>(static_cast<int64_t>(d));
}

CwResult<std::optional<bool>> GetBool(const AwsValue& request, std::string_view key) {
  const AwsValue* value = request.Find(key);
  if (IsAbsent(value)) return std::optional<bool>();
  if (value->kind == AwsValue::Kind::kBool) return std::optional<bool>(value->boolean);
  if (value->kind == AwsValue::Kind::kString) {
    if (value->text == "true") return std::optional<bool>(true);
    if (value->text == "false") return std::optional<bool>(false);
  }
  return WrongKind(key, "a boolean");
}

CwResult<std::optional<int64_t>> GetTimestampMs(const AwsValue& request, std::string_view key) {
  const AwsValue* value = request.Find(key);
  if (IsAbsent(value)) return std::optional<int64_t>();
  double seconds = 0;
  switch (value->kind) {
    case AwsValue::Kind::kTimestamp:
      return std::optional<int64_t>(value->integer);
    case AwsValue::Kind::kInt:
      seconds = static_cast<double>(value->integer);
      break;
    case AwsValue::Kind::kDouble:
      seconds = value->number;
      break;
    case AwsValue::Kind::kString:
      if (auto ms = ParseIso8601Ms(value->text)) return std::optional<int64_t>(*ms);
      if (auto number = ParseNumber(value->text)) {
        seconds = *number;
        break;
      }
      return WrongKind(key, "a timestamp");
    default:
      return WrongKind(key, "a timestamp");
  }
  if (!std::isfinite(seconds) || std::fabs(seconds) > 1e13) return WrongKind(key, "a timestamp");
  return std::optional<int64_t>(static_cast<int64_t>(std::llround(seconds * 1000)));
}

CwResult<std::vector<const AwsValue*>> GetList(const AwsValue& request, std::string_view key) {
  std::vector<const AwsValue*> out;
  const AwsValue* value = request.Find(key);
  if (IsAbsent(value)) return out;
  if (value->kind == AwsValue::Kind::kString && value->text.empty()) return out;
  if (value->kind != AwsValue::Kind::kList) return WrongKind(key, "a list");
  out.reserve(value->items.size());
  for (const AwsValue& item : value->items) out.push_back(&item);
  return out;
}

CwResult<const AwsValue*> GetStruct(const AwsValue& request, std::string_view key) {
  const AwsValue* value = request.Find(key);
  if (IsAbsent(value)) return static_cast<const AwsValue*>(nullptr);
  if (value->kind != AwsValue::Kind::kMap) return WrongKind(key, "a structure");
  return value;
}

std::optional<int64_t> ParseIso8601Ms(std::string_view text) {
  size_t pos = 0;
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (!ReadDigits(text, pos, 4, &year) || !Expect(text, pos, '-') ||
      !ReadDigits(text, pos, 2, &month) || !Expect(text, pos, '-') ||
      !ReadDigits(text, pos, 2, &day)) {
    return std::nullopt;
  }
  if (pos < text.size()) {
    if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ') return std::nullopt;
    ++pos;
    if (!ReadDigits(text, pos, 2, &hour) || !Expect(text, pos, ':') ||
        !ReadDigits(text, pos, 2, &minute)) {
      return std::nullopt;
    }
    if (pos < text.size() && text[pos] == ':' && !(++pos, ReadDigits(text, pos, 2, &second))) {
      return std::nullopt;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return std::nullopt;
  }
  int64_t millis = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int64_t scale = 100;
    size_t digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      millis += (text[pos] - '0') * scale;
      scale /= 10;
      ++pos;
      ++digits;
    }
    if (digits == 0) return std::nullopt;
  }
  int64_t offset_minutes = 0;
  if (pos < text.size()) {
    if (text[pos] == 'Z' || text[pos] == 'z') {
      ++pos;
    } else if (text[pos] == '+' || text[pos] == '-') {
      const int sign = text[pos] == '-' ? -1 : 1;
      ++pos;
      int oh = 0, om = 0;
      if (!ReadDigits(text, pos, 2, &oh)) return std::nullopt;
      if (pos < text.size() && text[pos] == ':') ++pos;
      if (!ReadDigits(text, pos, 2, &om)) return std::nullopt;
      offset_minutes = sign * (oh * 60 + om);
    } else {
      return std::nullopt;
    }
  }
  if (pos != text.size()) return std::nullopt;
  const int64_t days =
      DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  const int64_t seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
  return seconds * 1000 + millis;
}

}  // namespace tailwatch::daemon::cloudwatch

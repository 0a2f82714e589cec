#include "daemon/ingest/aws_logs_read_ops.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <deque>
#include <queue>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/match/event_context.h"
#include "engine/match/filter_pattern.h"

namespace tailwatch::daemon {
namespace {

using simdjson::dom::object;

constexpr int64_t kMaxReadLimit = 10000;
constexpr size_t kMaxAnswerMessageBytes = 1 << 20;
constexpr int64_t kDayMs = 24LL * 3600 * 1000;
constexpr size_t kMaxFilterStreamNames = 100;
constexpr uint64_t kMaxTailedFileReadBytes = 64ull << 20;
// FilterLogEvents positions of tailed lines: sequence 0 (journal sequences
// start at 1), index = file ordinal << kFileOrdinalShift | offset.
constexpr int kFileOrdinalShift = 44;

tl::unexpected<AwsError> Fail(AwsError error) { return tl::unexpected(std::move(error)); }
tl::unexpected<AwsError> Invalid(std::string message) {
  return Fail(InvalidParameterError(std::move(message)));
}
tl::unexpected<AwsError> InvalidToken() { return Invalid("The specified nextToken is invalid."); }

// A journal position: record sequence, event index inside it.
struct Position {
  uint64_t sequence = 0;
  uint64_t index = 0;
  auto operator<=>(const Position&) const = default;
};

struct FoundEvent {
  Position position;
  int64_t timestamp = 0;
  int64_t ingestion = 0;
  std::string stream;
  std::string message;
};

AwsResult<int64_t> GetLimit(object body) {
  auto limit = GetAwsInt(body, "limit");
  if (!limit) return Fail(limit.error());
  if (!*limit) return kMaxReadLimit;
  if (**limit < 1 || **limit > kMaxReadLimit) {
    return Invalid("1 validation error detected: Value '" + std::to_string(**limit) +
                   "' at 'limit' failed to satisfy constraint: Member must have value between 1 "
                   "and 10000");
  }
  return **limit;
}

// Parses "<number>/<number>[/<number>]" fields of a token after its prefix.
bool ParseNumbers(std::string_view text, uint64_t* out, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out[i]);
    if (ec != std::errc()) return false;
    text.remove_prefix(static_cast<size_t>(end - text.data()));
    if (i + 1 < count) {
      if (text.empty() || text.front() != '/') return false;
      text.remove_prefix(1);
    }
  }
  return text.empty();
}

// A page token "<kind>/<n>/<n>[/<n>]": `kinds` lists the allowed kind
// letters, `count` the numbers after it. False: not such a token.
bool ParseToken(std::string_view text, std::string_view kinds, char* kind, uint64_t* numbers,
                size_t count) {
  if (text.size() < 3 || kinds.find(text[0]) == std::string_view::npos || text[1] != '/') {
    return false;
  }
  *kind = text[0];
  return ParseNumbers(text.substr(2), numbers, count);
}

std::string PositionToken(char direction, Position p) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%c/%020" PRIu64 "/%010" PRIu64, direction, p.sequence,
                p.index);
  return buffer;
}

std::string EventId(Position p) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%020" PRIu64 "%010" PRIu64, p.sequence, p.index);
  return buffer;
}

// What a reader of `group` may see: the catalog's view of it.
struct Visibility {
  LogGroupInfo group;
  int64_t oldest_timestamp = INT64_MIN;  // retention

  // Events of a stream that is not (or no longer) in the catalog are hidden,
  // and so are events ingested before the group's or stream's creation.
  bool Shows(const JournalRecord& record, const LogStreamInfo** stream) const {
    if (record.batch.log_group != group.name) return false;
    if (record.append_ms < group.creation_ms) return false;
    auto it = group.streams.find(record.batch.log_stream);
    if (it == group.streams.end()) return false;
    if (record.append_ms < it->second.creation_ms) return false;
    *stream = &it->second;
    return true;
  }
};

AwsResult<Visibility> VisibleGroup(const std::string& group_name, const ReadOpContext& context) {
  const CatalogOpContext& catalog = context.catalog;
  auto group = catalog.catalog->FindGroup(group_name, catalog.IsConfigured(group_name));
  if (!group) return Fail(ResourceNotFound(kNoSuchLogGroup));
  Visibility visibility;
  visibility.group = std::move(*group);
  if (visibility.group.retention_days) {
    visibility.oldest_timestamp = context.now_ms - *visibility.group.retention_days * kDayMs;
  }
  return visibility;
}

// Calls fn(record, stream, event index, event timestamp) for each event of
// the journal records `visibility` shows, in journal order, until fn returns
// false. Events without a timestamp take the time they were journaled.
template <class Fn>
AwsResult<void> ForEachVisibleJournalEvent(const ReadOpContext& context,
                                           const Visibility& visibility, Fn&& fn) {
  if (!context.read_journal) return {};
  Status read = context.read_journal([&](const JournalRecord& record) {
    const LogStreamInfo* stream = nullptr;
    if (!visibility.Shows(record, &stream)) return true;
    for (size_t i = 0; i < record.batch.events.size(); ++i) {
      const IngestEvent& event = record.batch.events[i];
      const int64_t timestamp = event.timestamp_ms >= 0 ? event.timestamp_ms : record.append_ms;
      if (!fn(record, *stream, i, timestamp)) return false;
    }
    return true;
  });
  if (!read) {
    return Fail(AwsError{"ServiceUnavailableException",
                         "The push journal could not be read: " + read.error().message});
  }
  return {};
}

void AppendEvent(std::string& out, const FoundEvent& event, bool with_stream) {
  out += '{';
  if (with_stream) {
    out += "\"logStreamName\":";
    AppendJsonText(out, event.stream);
    out += ',';
  }
  out += "\"timestamp\":";
  out += std::to_string(event.timestamp);
  out += ",\"message\":";
  AppendJsonText(out, event.message);
  out += ",\"ingestionTime\":";
  out += std::to_string(event.ingestion);
  if (with_stream) {
    out += ",\"eventId\":";
    AppendJsonText(out, EventId(event.position));
  }
  out += '}';
}

// The readable end of a tailed file: complete lines of its last
// kMaxTailedFileReadBytes, with the file's modification time (tailwatch keeps
// no per-line time for tailed lines).
struct TailedFileLines {
  int64_t mtime_ms = 0;
  uint64_t base_offset = 0;  // file offset of data[0]
  std::string data;
};

bool ReadTailedFile(const std::string& path, TailedFileLines* out) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return false;
  }
  const uint64_t size = static_cast<uint64_t>(st.st_size);
  const uint64_t start = size > kMaxTailedFileReadBytes ? size - kMaxTailedFileReadBytes : 0;
  out->mtime_ms = int64_t{st.st_mtim.tv_sec} * 1000 + st.st_mtim.tv_nsec / 1000000;
  out->data.resize(size - start);
  size_t done = 0;
  while (done < out->data.size()) {
    const ssize_t n = ::pread(fd, out->data.data() + done, out->data.size() - done,
                              static_cast<off_t>(start + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  out->data.resize(done);
  out->base_offset = start;
  if (start > 0) {
    // The first line is cut by the read window: skip it.
    const size_t newline = out->data.find('\n');
    const size_t skip = newline == std::string::npos ? out->data.size() : newline + 1;
    out->data.erase(0, skip);
    out->base_offset += skip;
  }
  // A line still being written (no newline yet) is not an event yet.
  const size_t last = out->data.rfind('\n');
  out->data.resize(last == std::string::npos ? 0 : last + 1);
  return true;
}

// Calls fn(file offset, line without its newline) until it returns false.
template <class Fn>
void ForEachLine(const TailedFileLines& file, Fn&& fn) {
  std::string_view rest = file.data;
  uint64_t offset = file.base_offset;
  while (!rest.empty()) {
    const size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    const uint64_t next = offset + newline + 1;
    rest.remove_prefix(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() && !fn(offset, line)) return;
    offset = next;
  }
}

}  // namespace

AwsResult<std::string> RunGetLogEvents(std::string_view body_text, const ReadOpContext& context,
                                       simdjson::dom::parser& parser) {
  auto parsed = ParseAwsObject(body_text, parser);
  if (!parsed) return Fail(parsed.error());
  const object body = *parsed;
  auto group_name = GetLogGroupArgument(body);
  if (!group_name) return Fail(group_name.error());
  auto stream_name = GetAwsString(body, "logStreamName");
  if (!stream_name) return Fail(stream_name.error());
  if (auto ok = ValidateLogStreamName(*stream_name); !ok) return Fail(ok.error());
  auto start_time = GetAwsInt(body, "startTime");
  if (!start_time) return Fail(start_time.error());
  auto end_time = GetAwsInt(body, "endTime");
  if (!end_time) return Fail(end_time.error());
  auto limit = GetLimit(body);
  if (!limit) return Fail(limit.error());
  auto from_head = GetAwsBool(body, "startFromHead");
  if (!from_head) return Fail(from_head.error());
  auto token = GetAwsString(body, "nextToken");
  if (!token) return Fail(token.error());

  // Direction and boundary: forward reads [boundary, ...), backward (..., boundary).
  bool forward = *from_head;
  Position boundary{0, 0};
  bool unbounded_backward = !forward;
  if (*token) {
    char kind = 0;
    uint64_t numbers[2];
    if (!ParseToken(**token, "fb", &kind, numbers, 2)) return InvalidToken();
    forward = kind == 'f';
    boundary = Position{numbers[0], numbers[1]};
    unbounded_backward = false;
  }

  auto visibility = VisibleGroup(*group_name, context);
  if (!visibility) return Fail(visibility.error());
  const std::vector<std::string> tailed = context.catalog.TailedFilesOf(*group_name);
  const bool is_tailed_file = std::binary_search(tailed.begin(), tailed.end(), **stream_name);
  if (!is_tailed_file &&
      visibility->group.streams.find(**stream_name) == visibility->group.streams.end()) {
    return Fail(ResourceNotFound(kNoSuchLogStream));
  }
  const int64_t lower = std::max(start_time->value_or(INT64_MIN), visibility->oldest_timestamp);
  const int64_t upper = end_time->value_or(INT64_MAX);  // exclusive

  std::deque<FoundEvent> found;
  size_t found_bytes = 0;
  // One event in stream order; false once a forward read is full.
  auto consider = [&](Position position, int64_t timestamp, int64_t ingestion,
                      std::string_view message) {
    if (forward ? position < boundary : (!unbounded_backward && !(position < boundary))) {
      return true;
    }
    if (timestamp < lower || timestamp >= upper) return true;
    if (forward && (found.size() >= static_cast<size_t>(*limit) ||
                    found_bytes + message.size() > kMaxAnswerMessageBytes)) {
      return false;
    }
    found.push_back(FoundEvent{position, timestamp, ingestion, {}, std::string(message)});
    found_bytes += message.size();
    while (!forward &&
           (found.size() > static_cast<size_t>(*limit) || found_bytes > kMaxAnswerMessageBytes)) {
      found_bytes -= found.front().message.size();
      found.pop_front();
    }
    return true;
  };
  if (is_tailed_file) {
    TailedFileLines file;
    if (ReadTailedFile(std::string(**stream_name), &file)) {
      ForEachLine(file, [&](uint64_t offset, std::string_view line) {
        return consider(Position{0, offset}, file.mtime_ms, file.mtime_ms, line);
      });
    }
  } else {
    auto read = ForEachVisibleJournalEvent(
        context, *visibility,
        [&](const JournalRecord& record, const LogStreamInfo&, size_t i, int64_t timestamp) {
          if (record.batch.log_stream != **stream_name) return true;
          return consider(Position{record.sequence, i}, timestamp, record.append_ms,
                          record.batch.events[i].message);
        });
    if (!read) return Fail(read.error());
  }

  std::string out = "{\"events\":[";
  for (size_t i = 0; i < found.size(); ++i) {
    if (i > 0) out += ',';
    AppendEvent(out, found[i], /*with_stream=*/false);
  }
  // With events: the positions around them. Without: the end of the read,
  // which repeats the token given in that direction (how clients stop).
  auto append_token = [&](char direction, std::optional<Position> around) {
    if (around) {
      AppendJsonText(out, PositionToken(direction, *around));
    } else if (*token && forward == (direction == 'f')) {
      AppendJsonText(out, **token);
    } else {
      AppendJsonText(out, PositionToken(direction, boundary));
    }
  };
  std::optional<Position> after_last, first;
  if (!found.empty()) {
    after_last = found.back().position;
    ++after_last->index;
    first = found.front().position;
  }
  out += "],\"nextForwardToken\":";
  append_token('f', after_last);
  out += ",\"nextBackwardToken\":";
  append_token('b', first);
  out += '}';
  return out;
}

AwsResult<std::string> RunFilterLogEvents(std::string_view body_text, const ReadOpContext& context,
                                          simdjson::dom::parser& parser) {
  auto parsed = ParseAwsObject(body_text, parser);
  if (!parsed) return Fail(parsed.error());
  const object body = *parsed;
  auto group_name = GetLogGroupArgument(body);
  if (!group_name) return Fail(group_name.error());
  auto start_time = GetAwsInt(body, "startTime");
  if (!start_time) return Fail(start_time.error());
  auto end_time = GetAwsInt(body, "endTime");
  if (!end_time) return Fail(end_time.error());
  auto limit = GetLimit(body);
  if (!limit) return Fail(limit.error());
  auto prefix = GetAwsString(body, "logStreamNamePrefix");
  if (!prefix) return Fail(prefix.error());
  auto pattern_text = GetAwsString(body, "filterPattern");
  if (!pattern_text) return Fail(pattern_text.error());
  auto token = GetAwsString(body, "nextToken");
  if (!token) return Fail(token.error());

  std::vector<std::string> names;
  simdjson::dom::element names_element;
  if (body["logStreamNames"].get(names_element) == simdjson::SUCCESS && !names_element.is_null()) {
    simdjson::dom::array list;
    if (names_element.get(list) != simdjson::SUCCESS) {
      return Fail(SerializationError("'logStreamNames' must be a list"));
    }
    for (simdjson::dom::element item : list) {
      std::string_view name;
      if (item.get(name) != simdjson::SUCCESS) {
        return Fail(SerializationError("'logStreamNames' must hold strings"));
      }
      names.emplace_back(name);
    }
    if (names.empty() || names.size() > kMaxFilterStreamNames) {
      return Invalid(
          "1 validation error detected: Value at 'logStreamNames' failed to satisfy constraint: "
          "Member must have length between 1 and 100");
    }
    if (*prefix) {
      return Invalid("logStreamNames and logStreamNamePrefix are mutually exclusive parameters.");
    }
  }

  // The last event of the previous page: answers continue strictly after it.
  bool has_after = false;
  std::tuple<int64_t, Position> after{0, {}};
  if (*token) {
    char kind = 0;
    uint64_t numbers[3];
    if (!ParseToken(**token, "t", &kind, numbers, 3)) return InvalidToken();
    has_after = true;
    after = {static_cast<int64_t>(numbers[0]), Position{numbers[1], numbers[2]}};
  }

  std::optional<engine::FilterPattern> pattern;
  if (*pattern_text && !(*pattern_text)->empty()) {
    auto compiled = engine::FilterPattern::Compile(**pattern_text);
    if (!compiled) return Invalid("Invalid filter pattern: " + compiled.error().ToString());
    pattern = std::move(*compiled);
  }

  auto visibility = VisibleGroup(*group_name, context);
  if (!visibility) return Fail(visibility.error());
  std::sort(names.begin(), names.end());
  auto searched = [&](const std::string& stream) {
    if (!names.empty()) return std::binary_search(names.begin(), names.end(), stream);
    if (*prefix) return stream.compare(0, (*prefix)->size(), **prefix) == 0;
    return true;
  };
  const int64_t lower = std::max(start_time->value_or(INT64_MIN), visibility->oldest_timestamp);
  const int64_t upper = end_time->value_or(INT64_MAX);  // inclusive

  // The `limit` + 1 smallest keys after the token (one more tells whether a
  // next page exists), in a max-heap.
  auto key_less = [](const FoundEvent& a, const FoundEvent& b) {
    return std::tie(a.timestamp, a.position) < std::tie(b.timestamp, b.position);
  };
  std::priority_queue<FoundEvent, std::vector<FoundEvent>, decltype(key_less)> best(key_less);
  const size_t keep = static_cast<size_t>(*limit) + 1;
  engine::EventContext event_context;
  auto consider = [&](Position position, int64_t timestamp, int64_t ingestion,
                      const std::string& stream, std::string_view message) {
    if (timestamp < lower || timestamp > upper) return;
    if (has_after && !(after < std::tie(timestamp, position))) return;
    if (best.size() >= keep &&
        !(std::tie(timestamp, position) < std::tie(best.top().timestamp, best.top().position))) {
      return;
    }
    if (pattern) {
      event_context.Reset(message);
      if (!pattern->Matches(event_context)) return;
    }
    best.push(FoundEvent{position, timestamp, ingestion, stream, std::string(message)});
    if (best.size() > keep) best.pop();
  };
  auto read = ForEachVisibleJournalEvent(
      context, *visibility,
      [&](const JournalRecord& record, const LogStreamInfo& stream, size_t i, int64_t timestamp) {
        if (!searched(stream.name)) return true;
        consider(Position{record.sequence, i}, timestamp, record.append_ms, stream.name,
                 record.batch.events[i].message);
        return true;
      });
  if (!read) return Fail(read.error());
  const std::vector<std::string> tailed = context.catalog.TailedFilesOf(*group_name);
  for (size_t ordinal = 0; ordinal < tailed.size(); ++ordinal) {
    const std::string& path = tailed[ordinal];
    if (!searched(path)) continue;
    TailedFileLines file;
    if (!ReadTailedFile(path, &file)) continue;
    const uint64_t file_bits = uint64_t{ordinal} << kFileOrdinalShift;
    ForEachLine(file, [&](uint64_t offset, std::string_view line) {
      consider(Position{0, file_bits | offset}, file.mtime_ms, file.mtime_ms, path, line);
      return true;
    });
  }
  std::vector<FoundEvent> events;
  events.reserve(best.size());
  while (!best.empty()) {
    events.push_back(std::move(const_cast<FoundEvent&>(best.top())));
    best.pop();
  }
  std::reverse(events.begin(), events.end());
  size_t shown = std::min(events.size(), static_cast<size_t>(*limit));
  size_t bytes = 0;
  for (size_t i = 0; i < shown; ++i) {
    bytes += events[i].message.size();
    if (bytes > kMaxAnswerMessageBytes && i > 0) {
      shown = i;
      break;
    }
  }

  std::string out = "{\"events\":[";
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) out += ',';
    AppendEvent(out, events[i], /*with_stream=*/true);
  }
  out += "],\"searchedLogStreams\":[";
  bool first = true;
  std::vector<std::string> searched_streams;
  for (const auto& [name, stream] : visibility->group.streams) searched_streams.push_back(name);
  searched_streams.insert(searched_streams.end(), tailed.begin(), tailed.end());
  std::sort(searched_streams.begin(), searched_streams.end());
  searched_streams.erase(std::unique(searched_streams.begin(), searched_streams.end()),
                         searched_streams.end());
  for (const std::string& name : searched_streams) {
    if (!searched(name)) continue;
    if (!first) out += ',';
    first = false;
    out += "{\"logStreamName\":";
    AppendJsonText(out, name);
    out += ",\"searchedCompletely\":true}";
  }
  out += ']';
  if (shown < events.size()) {
    const FoundEvent& last = events[shown - 1];
    char buffer[80];
    std::snprintf(buffer, sizeof buffer, "t/%" PRId64 "/%" PRIu64 "/%" PRIu64, last.timestamp,
                  last.position.sequence, last.position.index);
    out += ",\"nextToken\":";
    AppendJsonText(out, buffer);
  }
  out += '}';
  return out;
}

}  // namespace tailwatch::daemon

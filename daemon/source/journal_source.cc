#include "daemon/source/journal_source.h"

#include <systemd/sd-journal.h>

#include <cstdlib>
#include <cstring>

#include "daemon/common/log.h"

namespace tailwatch::daemon {
namespace {

std::string Errno(int negative_errno) { return std::strerror(-negative_errno); }

// A field's value ("FIELD=value" as sd-journal returns it), or empty.
std::string_view FieldValue(sd_journal* j, const char* field) {
  const void* data = nullptr;
  size_t length = 0;
  if (sd_journal_get_data(j, field, &data, &length) < 0) return {};
  std::string_view text(static_cast<const char*>(data), length);
  const size_t eq = text.find('=');
  return eq == std::string_view::npos ? std::string_view() : text.substr(eq + 1);
}

// Appends `text` as a JSON string (quotes, backslashes and control bytes
// escaped; other bytes as they are).
void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 15];
    } else {
      out += c;
    }
  }
  out += '"';
}

}  // namespace

Result<std::unique_ptr<JournalSource>> JournalSource::Open(JournalSourceOptions options) {
  std::unique_ptr<JournalSource> source(new JournalSource(std::move(options)));
  const std::string& dir = source->options_.directory;
  const int r = dir.empty() ? sd_journal_open(&source->journal_, SD_JOURNAL_LOCAL_ONLY)
                            : sd_journal_open_directory(&source->journal_, dir.c_str(), 0);
  if (r < 0) {
    return MakeError("journal " + (dir.empty() ? std::string("(local)") : dir) + ": " + Errno(r));
  }
  // The inotify watch sd_journal_process() reads: without it journal files
  // added later (rotation, a copied journal) are never seen.
  if (int fd = sd_journal_get_fd(source->journal_); fd < 0) {
    return MakeError("journal: cannot watch for new journal files: " + Errno(fd));
  }
  // A MESSAGE longer than this is cut (as a file line over max_line_bytes).
  sd_journal_set_data_threshold(source->journal_, source->options_.max_message_bytes);
  if (Status s = source->AddMatches(); !s) return tl::unexpected(s.error());
  return source;
}

JournalSource::~JournalSource() {
  if (journal_) sd_journal_close(journal_);
}

// (units OR identifiers) AND each match field AND priority: sd-journal ORs
// values of one field and ANDs fields within a term; add_disjunction and
// add_conjunction build the levels above.
Status JournalSource::AddMatches() {
  auto add = [this](const std::string& m) -> Status {
    if (int r = sd_journal_add_match(journal_, m.data(), m.size()); r < 0) {
      return MakeError("journal match '" + m + "': " + Errno(r));
    }
    return OkStatus();
  };
  bool any = false;
  for (const std::string& unit : options_.units) {
    if (Status s = add("_SYSTEMD_UNIT=" + unit); !s) return s;
    any = true;
  }
  if (!options_.identifiers.empty()) {
    if (any) sd_journal_add_disjunction(journal_);
    for (const std::string& id : options_.identifiers) {
      if (Status s = add("SYSLOG_IDENTIFIER=" + id); !s) return s;
    }
    any = true;
  }
  if (any) sd_journal_add_conjunction(journal_);
  for (const std::string& m : options_.match) {
    if (Status s = add(m); !s) return s;
  }
  if (options_.max_priority < 7) {
    for (int p = 0; p <= options_.max_priority; ++p) {
      if (Status s = add("PRIORITY=" + std::to_string(p)); !s) return s;
    }
  }
  return OkStatus();
}

Status JournalSource::Restore(std::string_view serialized) {
  auto parsed = JournalPositions::Parse(serialized);
  if (!parsed) return tl::unexpected(parsed.error());
  positions_ = std::move(*parsed);
  restored_ = true;
  return OkStatus();
}

std::string_view JournalSource::EventText(std::string_view message) {
  if (options_.fields.empty()) return message;
  json_.assign("{\"MESSAGE\":");
  AppendJsonString(json_, message);  // copied before the next get_data reuses its buffer
  for (size_t i = 0; i < options_.fields.size(); ++i) {
    const std::string_view value = FieldValue(journal_, options_.fields[i].c_str());
    if (value.empty()) continue;
    json_ += ',';
    AppendJsonString(json_, options_.fields[i]);
    json_ += ':';
    AppendJsonString(json_, value);
  }
  json_ += '}';
  return json_;
}

bool JournalSource::HasEntries() {
  sd_journal_seek_head(journal_);
  const bool any = sd_journal_next(journal_) > 0;
  sd_journal_seek_head(journal_);
  return any;
}

void JournalSource::StartPass() {
  ++counters_.passes;
  // Positions whose entry is gone (vacuumed, or its file deleted): the gap is
  // measured at the id's next entry read.
  for (const auto& [id, series] : positions_.series()) {
    if (series.last_cursor.empty() || vacuumed_after_.contains(id)) continue;
    const char* cursor = series.last_cursor.c_str();
    if (sd_journal_seek_cursor(journal_, cursor) < 0) continue;
    if (sd_journal_next(journal_) > 0 && sd_journal_test_cursor(journal_, cursor) > 0) continue;
    vacuumed_after_.emplace(id, positions_.Highest(id).value_or(0));
  }
  sd_journal_seek_head(journal_);
  pass_last_.clear();
  in_pass_ = true;
}

bool JournalSource::Poll(SourceEventSink& sink, size_t max_entries) {
  if (!started_) {
    started_ = true;
    skipping_history_ = !restored_ && !options_.start_at_beginning;
    StartPass();
  } else if (sd_journal_process(journal_) == SD_JOURNAL_INVALIDATE) {
    StartPass();  // files added or removed: entries may sort before the last read
  }
  for (size_t n = 0; n < max_entries; ++n) {
    const int r = sd_journal_next(journal_);
    if (r == 0) {
      skipping_history_ = false;
      if (in_pass_) {
        in_pass_ = false;
        // Ids whose last entry is gone and of which the pass saw nothing:
        // every file of theirs was deleted.
        for (auto v = vacuumed_after_.begin(); v != vacuumed_after_.end();) {
          if (pass_last_.contains(v->first)) {
            ++v;
            continue;
          }
          positions_.Erase(v->first);
          v = vacuumed_after_.erase(v);
        }
      }
      return false;
    }
    if (r < 0) {
      ++counters_.read_errors;
      return false;
    }
    char* cursor = nullptr;
    // systemd 252 exposes an entry's seqnum only through its cursor.
    if (sd_journal_get_cursor(journal_, &cursor) < 0 || cursor == nullptr) {
      ++counters_.read_errors;
      continue;
    }
    const std::unique_ptr<char, decltype(&std::free)> owned(cursor, &std::free);
    const std::optional<JournalEntryId> id = ParseJournalCursor(cursor);
    if (!id) {
      ++counters_.read_errors;
      continue;
    }
    std::optional<uint64_t> previous;
    auto last = pass_last_.find(id->seqnum_id);
    if (last != pass_last_.end()) previous = last->second;
    if (positions_.Covered(id->seqnum_id, id->seqnum)) {
      ++counters_.entries_skipped;
    } else {
      if (auto v = vacuumed_after_.find(id->seqnum_id); v != vacuumed_after_.end()) {
        if (id->seqnum > v->second + 1) {
          const uint64_t lost = id->seqnum - v->second - 1;
          ++counters_.vacuum_gaps;
          counters_.vacuumed_entries += lost;
          TW_LOG_WARNING(
              "journal: entries %llu-%llu of journal %.*s were vacuumed before they were "
              "read; resuming at the oldest left",
              static_cast<unsigned long long>(v->second + 1),
              static_cast<unsigned long long>(id->seqnum - 1),
              static_cast<int>(id->seqnum_id.size()), id->seqnum_id.data());
          previous = v->second;  // the lost range is gone for good
        }
        vacuumed_after_.erase(v);
      }
      if (!skipping_history_) {
        std::string_view stream = FieldValue(journal_, "_SYSTEMD_UNIT");
        if (stream.empty()) stream = FieldValue(journal_, "SYSLOG_IDENTIFIER");
        if (stream.empty()) stream = "journal";
        // sd-journal may reuse its buffer per get_data: take MESSAGE last.
        const std::string stream_copy(stream);
        const std::string_view message = FieldValue(journal_, "MESSAGE");
        uint64_t usec = 0;
        sd_journal_get_realtime_usec(journal_, &usec);
        if (!message.empty()) {
          sink.OnSourceEvent({EventText(message), stream_copy, static_cast<int64_t>(usec / 1000)});
          ++counters_.entries_read;
        }
      }
      positions_.Mark(id->seqnum_id, id->seqnum, previous, cursor);
    }
    if (last != pass_last_.end()) {
      last->second = id->seqnum;
    } else {
      pass_last_.emplace(std::string(id->seqnum_id), id->seqnum);
    }
  }
  return true;
}

}  // namespace tailwatch::daemon

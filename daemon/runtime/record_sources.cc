#include "daemon/runtime/record_sources.h"

#include <fcntl.h>
#include <unistd.h>

#include "daemon/common/log.h"
#include "daemon/runtime/daemon_checkpoint.h"

namespace tailwatch::daemon {
namespace {

constexpr int64_t kReopenIntervalMs = 5000;
constexpr std::string_view kKernelTransport = "_TRANSPORT=kernel";

JournalSourceOptions KernelJournalOptions(bool start_at_beginning) {
  JournalSourceOptions o;
  o.match = {std::string(kKernelTransport)};
  o.start_at_beginning = start_at_beginning;
  return o;
}

// "tail.<name>" with another five-character prefix, so the length rule of
// SectionForGroup holds.
std::string SectionWithPrefix(std::string_view prefix, std::string_view log_group) {
  return std::string(prefix) + SectionForGroup(log_group).substr(5);
}

}  // namespace

std::string JournalSectionForGroup(std::string_view log_group) {
  return SectionWithPrefix("jrnl.", log_group);
}

std::string KmsgSectionForGroup(std::string_view log_group) {
  return SectionWithPrefix("kmsg.", log_group);
}

RecordSourceOptions RecordSourceOptionsFor(const config::LogGroupConfig& group) {
  RecordSourceOptions o;
  o.start_at_beginning = group.start_at_beginning;
  o.kernel = group.kernel;
  o.journal = group.journal.enabled;
  if (o.journal) {
    JournalSourceOptions& j = o.journal_options;
    j.units = group.journal.units;
    j.identifiers = group.journal.identifiers;
    j.match = group.journal.match;
    j.max_priority = group.journal.max_priority;
    j.directory = group.journal.directory;
    j.fields = group.journal.fields;
    j.start_at_beginning = group.start_at_beginning;
    j.max_message_bytes = group.max_line_bytes;
  }
  return o;
}

KernelLogProbe ProbeKernelLog() {
  KernelLogProbe probe;
  if (auto journal = JournalSource::Open(KernelJournalOptions(false))) {
    probe.journal_kernel_entries = (*journal)->HasEntries();
  }
  const int fd = ::open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd >= 0) {
    probe.kmsg_readable = true;
    ::close(fd);
  }
  return probe;
}

GroupRecordSources::GroupRecordSources(std::string group, RecordSourceOptions options,
                                       KmsgSourceOptions kmsg)
    : group_(std::move(group)), options_(std::move(options)), kmsg_options_(std::move(kmsg)) {
  kmsg_options_.start_at_beginning = options_.start_at_beginning;
}

Status GroupRecordSources::Restore(const CheckpointSections& sections) {
  if (auto it = sections.find(JournalSectionForGroup(group_)); it != sections.end()) {
    if (auto parsed = JournalPositions::Parse(it->second); !parsed) {
      return tl::unexpected(parsed.error());
    }
    journal_position_ = it->second;
  }
  if (auto it = sections.find(KmsgSectionForGroup(group_)); it != sections.end()) {
    kmsg_position_ = it->second;
  }
  return OkStatus();
}

void GroupRecordSources::Save(CheckpointSections& sections) const {
  const std::string journal = journal_ ? journal_->Serialize() : journal_position_;
  const std::string kmsg = kmsg_ ? kmsg_->Serialize() : kmsg_position_;
  if (!journal.empty()) sections[JournalSectionForGroup(group_)] = journal;
  if (!kmsg.empty()) sections[KmsgSectionForGroup(group_)] = kmsg;
}

void GroupRecordSources::CarryPositionsFrom(const GroupRecordSources& old) {
  CheckpointSections sections;
  old.Save(sections);
  if (auto it = sections.find(JournalSectionForGroup(old.group_)); it != sections.end()) {
    journal_position_ = it->second;
  }
  if (auto it = sections.find(KmsgSectionForGroup(old.group_)); it != sections.end()) {
    kmsg_position_ = it->second;
  }
}

void GroupRecordSources::TryOpen(int64_t now_ms) {
  if (journal_ || kmsg_ || now_ms < next_open_ms_) return;
  next_open_ms_ = now_ms + kReopenIntervalMs;
  std::string why;
  auto adopt_journal = [&](std::unique_ptr<JournalSource> source) {
    if (!journal_position_.empty()) {
      if (Status s = source->Restore(journal_position_); !s) {
        TW_LOG_ERROR("log group '%s': journal position: %s; reading from the start_at point",
                     group_.c_str(), s.error().message.c_str());
      }
    }
    journal_ = std::move(source);
  };
  if (options_.journal) {
    auto opened = JournalSource::Open(options_.journal_options);
    if (opened) {
      adopt_journal(std::move(*opened));
      TW_LOG_INFO("log group '%s': reading the journal%s%s", group_.c_str(),
                  options_.journal_options.directory.empty() ? "" : " in ",
                  options_.journal_options.directory.c_str());
      return;
    }
    why = opened.error().message;
  } else if (options_.kernel) {
    auto opened = JournalSource::Open(KernelJournalOptions(options_.start_at_beginning));
    if (opened && (*opened)->HasEntries()) {
      adopt_journal(std::move(*opened));
      TW_LOG_INFO(
          "log group '%s': kernel lines from the journal (_TRANSPORT=kernel); /dev/kmsg is not "
          "read, the journal already holds its lines",
          group_.c_str());
      return;
    }
    auto kmsg = KmsgSource::Open(kmsg_options_);
    if (kmsg) {
      if (!kmsg_position_.empty()) {
        if (Status s = (*kmsg)->Restore(kmsg_position_); !s) {
          TW_LOG_ERROR("log group '%s': %s; reading from the start_at point", group_.c_str(),
                       s.error().message.c_str());
        }
      }
      kmsg_ = std::move(*kmsg);
      TW_LOG_INFO("log group '%s': kernel lines from %s (no journal with kernel entries)",
                  group_.c_str(), kmsg_options_.path.c_str());
      return;
    }
    why = "no journal with kernel entries, and " + kmsg.error().message;
  } else {
    return;
  }
  if (!open_failure_logged_) {
    open_failure_logged_ = true;
    TW_LOG_WARNING("log group '%s': %s; retrying every %lld s (docs/operations.md: permissions)",
                   group_.c_str(), why.c_str(), static_cast<long long>(kReopenIntervalMs / 1000));
  }
}

bool GroupRecordSources::Poll(SourceEventSink& sink, size_t max_records, int64_t now_ms) {
  TryOpen(now_ms);
  if (journal_) return journal_->Poll(sink, max_records);
  if (kmsg_) return kmsg_->Poll(sink, max_records);
  return false;
}

std::string GroupRecordSources::Describe() const {
  if (options_.journal) {
    return options_.journal_options.directory.empty()
               ? std::string("journal")
               : "journal " + options_.journal_options.directory;
  }
  if (!options_.kernel) return {};
  if (journal_) return "kernel via journal";
  if (kmsg_) return "kernel via " + kmsg_options_.path;
  return "kernel (none readable yet)";
}

uint64_t GroupRecordSources::vacuumed_entries() const {
  return journal_ ? journal_->counters().vacuumed_entries : 0;
}

uint64_t GroupRecordSources::overrun_records() const {
  return kmsg_ ? kmsg_->counters().overrun_records : 0;
}

uint64_t GroupRecordSources::records_read() const {
  return (journal_ ? journal_->counters().entries_read : 0) +
         (kmsg_ ? kmsg_->counters().records_read : 0);
}

}  // namespace tailwatch::daemon

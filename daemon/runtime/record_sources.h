// The record sources of one log group besides its files: a `journal:`
// source, or the kernel's log (`kernel: true`). Owned by the engine strand
// like the group's TailSet; its positions go into the checkpoint with the
// tail offsets and the engine state:
//   jrnl.<group>   JournalPositions (per seqnum_id ranges)
//   kmsg.<group>   the boot id and last /dev/kmsg sequence number
//
// kernel: true reads the journal's kernel entries (_TRANSPORT=kernel) when
// the local journal holds any, else /dev/kmsg: the kernel's lines are read
// once, never from both (the choice is logged). A source that cannot be
// opened (no journal yet, no permission) is retried every few seconds; its
// checkpointed position waits for it.
#ifndef TAILWATCH_DAEMON_RUNTIME_RECORD_SOURCES_H_
#define TAILWATCH_DAEMON_RUNTIME_RECORD_SOURCES_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "config/config.h"
#include "daemon/checkpoint/checkpoint_store.h"
#include "daemon/source/journal_source.h"
#include "daemon/source/kmsg_source.h"
#include "daemon/source/source_event.h"
#include "engine/common/status.h"

namespace tailwatch::daemon {

struct RecordSourceOptions {
  bool journal = false;
  JournalSourceOptions journal_options;
  bool kernel = false;
  bool start_at_beginning = false;
  bool operator==(const RecordSourceOptions&) const = default;
  bool any() const { return journal || kernel; }
};

RecordSourceOptions RecordSourceOptionsFor(const config::LogGroupConfig& group);

// What the machine offers for `kernel: true` (the embedded default enables
// its GPU-node group when either is readable).
struct KernelLogProbe {
  bool journal_kernel_entries = false;  // the local journal holds readable kernel entries
  bool kmsg_readable = false;           // /dev/kmsg opens for reading
  bool any() const { return journal_kernel_entries || kmsg_readable; }
};
KernelLogProbe ProbeKernelLog();

class GroupRecordSources {
 public:
  // `kmsg`: the boot id and boot epoch the kernel source's timestamps use.
  GroupRecordSources(std::string group, RecordSourceOptions options, KmsgSourceOptions kmsg);

  const RecordSourceOptions& options() const { return options_; }

  // Restores this group's positions from a checkpoint (before the first
  // Poll); a malformed position is an error.
  [[nodiscard]] Status Restore(const CheckpointSections& sections);
  void Save(CheckpointSections& sections) const;
  // A reload that rebuilt the group: continue where `old` stopped.
  void CarryPositionsFrom(const GroupRecordSources& old);

  // Opens (or retries opening) the source, then delivers up to
  // `max_records`; true when it stopped on the budget.
  bool Poll(SourceEventSink& sink, size_t max_records, int64_t now_ms);

  // For the start-up line: "journal", "kernel via journal", "kernel via
  // /dev/kmsg", "kernel (none readable yet)".
  std::string Describe() const;

  // Monotonic: journal entries vacuumed before they were read, kmsg records
  // overwritten before they were read, entries/records delivered.
  uint64_t vacuumed_entries() const;
  uint64_t overrun_records() const;
  uint64_t records_read() const;

 private:
  void TryOpen(int64_t now_ms);

  std::string group_;
  RecordSourceOptions options_;
  KmsgSourceOptions kmsg_options_;
  std::unique_ptr<JournalSource> journal_;
  std::unique_ptr<KmsgSource> kmsg_;
  std::string journal_position_;  // checkpointed, for a source not open yet
  std::string kmsg_position_;
  int64_t next_open_ms_ = 0;
  bool open_failure_logged_ = false;
};

std::string JournalSectionForGroup(std::string_view log_group);
std::string KmsgSectionForGroup(std::string_view log_group);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_RECORD_SOURCES_H_

#include "daemon/source/kmsg_source.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>

#include "daemon/common/log.h"
#include "daemon/source/kmsg_record.h"

namespace tailwatch::daemon {
namespace {

constexpr std::string_view kHeader = "tailwatch-kmsg 1";
// The kernel's largest record (CONSOLE_EXT_LOG_MAX) and then some.
constexpr size_t kRecordBufferBytes = 16 * 1024;

}  // namespace

Result<std::unique_ptr<KmsgSource>> KmsgSource::Open(KmsgSourceOptions options) {
  std::unique_ptr<KmsgSource> source(new KmsgSource(std::move(options)));
  source->fd_ = ::open(source->options_.path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (source->fd_ < 0) {
    return MakeError(source->options_.path + ": " + std::strerror(errno));
  }
  source->buffer_.resize(kRecordBufferBytes);
  return source;
}

std::unique_ptr<KmsgSource> KmsgSource::FromFd(int fd, KmsgSourceOptions options) {
  std::unique_ptr<KmsgSource> source(new KmsgSource(std::move(options)));
  source->fd_ = fd;
  source->buffer_.resize(kRecordBufferBytes);
  return source;
}

KmsgSource::~KmsgSource() {
  if (fd_ >= 0) ::close(fd_);
}

std::string KmsgSource::ReadBootId() {
  std::ifstream in("/proc/sys/kernel/random/boot_id");
  std::string id;
  std::getline(in, id);
  return id;
}

Status KmsgSource::Restore(std::string_view serialized) {
  std::string_view rest = serialized;
  if (!rest.starts_with(kHeader)) return MakeError("kmsg position: unknown format");
  rest.remove_prefix(kHeader.size());
  if (!rest.starts_with(' ')) return MakeError("kmsg position: expected a boot id");
  rest.remove_prefix(1);
  const size_t space = rest.find(' ');
  if (space == std::string_view::npos) return MakeError("kmsg position: expected a seqnum");
  const std::string_view boot_id = rest.substr(0, space);
  std::string_view number = rest.substr(space + 1);
  if (number.ends_with('\n')) number.remove_suffix(1);
  uint64_t seqnum = 0;
  const auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), seqnum);
  if (ec != std::errc() || ptr != number.data() + number.size()) {
    return MakeError("kmsg position: bad seqnum '" + std::string(number) + "'");
  }
  started_ = true;  // a restored source reads from the oldest record (skipping what it read)
  // An unknown boot id ("-": /proc/sys hidden) is taken as this boot: a
  // reboot then skips as many records as were read, rather than every
  // restart counting the ring buffer again.
  if (boot_id == (options_.boot_id.empty() ? std::string_view("-") : options_.boot_id)) {
    last_seqnum_ = seqnum;
    gap_pending_ = true;
  }
  return OkStatus();
}

std::string KmsgSource::Serialize() const {
  if (!last_seqnum_) return std::string(kHeader) + " - 0\n";
  return std::string(kHeader) + " " + (options_.boot_id.empty() ? "-" : options_.boot_id) + " " +
         std::to_string(*last_seqnum_) + "\n";
}

bool KmsgSource::Poll(SourceEventSink& sink, size_t max_records) {
  if (!started_) {
    started_ = true;
    // A fresh start does not replay the ring buffer's history.
    if (!options_.start_at_beginning) ::lseek(fd_, 0, SEEK_END);
  }
  for (size_t n = 0; n < max_records; ++n) {
    const ssize_t got = ::read(fd_, buffer_.data(), buffer_.size());
    if (got > 0) {
      Deliver(std::string_view(buffer_.data(), static_cast<size_t>(got)), sink);
      continue;
    }
    if (got < 0 && errno == EINTR) continue;
    if (got < 0 && errno == EPIPE) {
      // Overwritten before we read them: the next read starts at the oldest
      // record left; the gap is measured there.
      gap_pending_ = true;
      continue;
    }
    if (got < 0 && errno != EAGAIN) ++counters_.read_errors;
    return false;
  }
  return true;
}

void KmsgSource::Deliver(std::string_view record, SourceEventSink& sink) {
  const std::optional<KmsgRecord> parsed = ParseKmsgRecord(record);
  if (!parsed) {
    ++counters_.malformed;
    return;
  }
  if (last_seqnum_ && parsed->seqnum <= *last_seqnum_) return;  // read before a restart
  if (gap_pending_) {
    gap_pending_ = false;
    if (last_seqnum_ && parsed->seqnum > *last_seqnum_ + 1) {
      const uint64_t lost = parsed->seqnum - *last_seqnum_ - 1;
      ++counters_.overruns;
      counters_.overrun_records += lost;
      TW_LOG_WARNING("%s: %llu kernel record(s) overwritten before they were read",
                     options_.path.c_str(), static_cast<unsigned long long>(lost));
    }
  }
  last_seqnum_ = parsed->seqnum;
  ++counters_.records_read;
  sink.OnSourceEvent({parsed->message, "kernel",
                      options_.boot_epoch_ms + static_cast<int64_t>(parsed->timestamp_us / 1000)});
}

}  // namespace tailwatch::daemon

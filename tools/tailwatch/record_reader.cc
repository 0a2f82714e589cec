#include "tools/tailwatch/record_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "engine/match/log_records.h"

namespace tailwatch::tools {
namespace {

constexpr size_t kChunkBytes = 1 << 20;

}  // namespace

Status ForEachRecordBuffer(const std::string& path,
                           const std::function<void(std::string_view)>& on_buffer) {
  int fd = STDIN_FILENO;
  if (path != "-") {
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return MakeError(path + ": " + std::strerror(errno));
  }
  std::vector<char> buffer(kChunkBytes);
  size_t filled = 0;
  Status status = OkStatus();
  while (true) {
    if (filled == buffer.size()) buffer.resize(buffer.size() * 2);  // a record longer than a chunk
    const ssize_t n = read(fd, buffer.data() + filled, buffer.size() - filled);
    if (n < 0) {
      if (errno == EINTR) continue;
      status = MakeError(path + ": " + std::strerror(errno));
      break;
    }
    if (n == 0) break;
    const size_t scanned = filled;
    filled += static_cast<size_t>(n);
    // Only the new bytes can hold the last terminator (the kept tail has none).
    const size_t tail_terminated =
        engine::WholeRecordsLength(std::string_view(buffer.data() + scanned, filled - scanned));
    if (tail_terminated == 0) continue;
    const size_t used = scanned + tail_terminated;
    on_buffer(std::string_view(buffer.data(), used));
    std::memmove(buffer.data(), buffer.data() + used, filled - used);
    filled -= used;
  }
  if (fd != STDIN_FILENO) close(fd);
  if (status && filled > 0) on_buffer(std::string_view(buffer.data(), filled));
  return status;
}

Status ForEachRecord(const std::string& path,
                     const std::function<void(std::string_view)>& on_record) {
  return ForEachRecordBuffer(
      path, [&](std::string_view text) { engine::ForEachLogRecord(text, on_record); });
}

}  // namespace tailwatch::tools

#include "tools/tailwatch/record_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace tailwatch::tools {
namespace {

constexpr size_t kChunkBytes = 1 << 20;

// Emits the records of `block` that end in a terminator; returns how many
// bytes were consumed (the rest is an unterminated tail). memchr finds each
// '\n' and then any '\r' before it, so the bytes are looked at by vector code
// rather than one at a time.
size_t EmitComplete(std::string_view block, const std::function<void(std::string_view)>& emit) {
  const char* const base = block.data();
  const size_t n = block.size();
  size_t start = 0;
  while (true) {
    const auto* nl = static_cast<const char*>(std::memchr(base + start, '\n', n - start));
    const size_t limit = nl != nullptr ? static_cast<size_t>(nl - base) : n;
    bool newline_consumed = false;
    // Records ended by a lone '\r' (progress bars) before the newline.
    while (start < limit) {
      const auto* cr = static_cast<const char*>(std::memchr(base + start, '\r', limit - start));
      if (cr == nullptr) break;
      const size_t i = static_cast<size_t>(cr - base);
      if (i + 1 == n) return start;  // might be CRLF split across chunks
      if (i > start) emit(block.substr(start, i - start));
      start = i + 1;
      if (base[start] == '\n') {  // CRLF: start == limit here
        ++start;
        newline_consumed = true;
        break;
      }
    }
    if (nl == nullptr) return start;
    if (!newline_consumed) {
      if (limit > start) emit(block.substr(start, limit - start));
      start = limit + 1;
    }
  }
}

}  // namespace

void SplitRecords(std::string_view text, const std::function<void(std::string_view)>& on_record) {
  const size_t used = EmitComplete(text, on_record);
  std::string_view rest = text.substr(used);
  while (!rest.empty() && (rest.back() == '\r' || rest.back() == '\n')) rest.remove_suffix(1);
  if (!rest.empty()) on_record(rest);
}

Status ForEachRecord(const std::string& path,
                     const std::function<void(std::string_view)>& on_record,
                     const std::function<void(std::string_view)>& on_chunk) {
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
    filled += static_cast<size_t>(n);
    const std::string_view chunk(buffer.data(), filled);
    if (on_chunk) on_chunk(chunk);
    const size_t used = EmitComplete(chunk, on_record);
    if (on_chunk) on_chunk({});
    std::memmove(buffer.data(), buffer.data() + used, filled - used);
    filled -= used;
  }
  if (fd != STDIN_FILENO) close(fd);
  if (status && filled > 0) SplitRecords(std::string_view(buffer.data(), filled), on_record);
  return status;
}

}  // namespace tailwatch::tools

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
// bytes were consumed (the rest is an unterminated tail).
size_t EmitComplete(std::string_view block, const std::function<void(std::string_view)>& emit) {
  size_t start = 0;
  for (size_t i = 0; i < block.size(); ++i) {
    const char c = block[i];
    if (c != '\n' && c != '\r') continue;
    if (c == '\r' && i + 1 == block.size()) break;  // might be CRLF split across chunks
    if (i > start) emit(block.substr(start, i - start));
    if (c == '\r' && block[i + 1] == '\n') ++i;
    start = i + 1;
  }
  return start;
}

}  // namespace

void SplitRecords(std::string_view text, const std::function<void(std::string_view)>& on_record) {
  const size_t used = EmitComplete(text, on_record);
  std::string_view rest = text.substr(used);
  while (!rest.empty() && (rest.back() == '\r' || rest.back() == '\n')) rest.remove_suffix(1);
  if (!rest.empty()) on_record(rest);
}

Status ForEachRecord(const std::string& path,
                     const std::function<void(std::string_view)>& on_record) {
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
    const size_t used = EmitComplete(std::string_view(buffer.data(), filled), on_record);
    std::memmove(buffer.data(), buffer.data() + used, filled - used);
    filled -= used;
  }
  if (fd != STDIN_FILENO) close(fd);
  if (status && filled > 0) SplitRecords(std::string_view(buffer.data(), filled), on_record);
  return status;
}

}  // namespace tailwatch::tools

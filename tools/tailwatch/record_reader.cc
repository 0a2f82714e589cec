#include "tools/tailwatch/record_reader.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <vector>

#include "engine/match/log_records.h"

namespace tailwatch::tools {
namespace {

constexpr size_t kChunkBytes = 1 << 20;

// Cuts what `read` appends to a buffer into whole-record buffers: `read`
// adds bytes at `out` (up to `room`) and returns how many (0: the end, -1:
// an error it has reported).
template <class Read>
Status CutRecords(Read read, const std::function<void(std::string_view)>& on_buffer) {
  std::vector<char> buffer(kChunkBytes);
  size_t filled = 0;
  while (true) {
    if (filled == buffer.size()) buffer.resize(buffer.size() * 2);  // a record longer than a chunk
    const ssize_t n = read(buffer.data() + filled, buffer.size() - filled);
    if (n < 0) return MakeError("read failed");
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
  if (filled > 0) on_buffer(std::string_view(buffer.data(), filled));
  return OkStatus();
}

}  // namespace

Status ForEachRecordBufferOfGzip(std::string_view compressed, const std::string& name,
                                 const std::function<void(std::string_view)>& on_buffer) {
  z_stream stream{};
  // 15 + 32: a gzip or zlib header, detected.
  if (inflateInit2(&stream, 15 + 32) != Z_OK) return MakeError(name + ": inflateInit2 failed");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  std::string error;
  bool ended = false;
  Status status = CutRecords(
      [&](char* out, size_t room) -> ssize_t {
        while (!ended) {
          stream.next_out = reinterpret_cast<Bytef*>(out);
          stream.avail_out = static_cast<uInt>(room);
          const int rc = inflate(&stream, Z_NO_FLUSH);
          const size_t produced = room - stream.avail_out;
          if (rc == Z_STREAM_END) {
            // Concatenated members (what `cat a.gz b.gz` makes) go on.
            if (stream.avail_in > 0) {
              inflateReset(&stream);
            } else {
              ended = true;
            }
          } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && produced > 0)) {
            error =
                name + ": not valid gzip data (" + (stream.msg ? stream.msg : "truncated") + ")";
            return -1;
          } else if (rc == Z_OK && produced == 0 && stream.avail_in == 0) {
            error = name + ": truncated gzip data";
            return -1;
          }
          if (produced > 0) return static_cast<ssize_t>(produced);
        }
        return 0;
      },
      on_buffer);
  inflateEnd(&stream);
  if (!status) return MakeError(error.empty() ? name + ": " + status.error().message : error);
  return OkStatus();
}

Status ForEachRecordBuffer(const std::string& path,
                           const std::function<void(std::string_view)>& on_buffer) {
  if (path.size() > 3 && path.ends_with(".gz")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return MakeError(path + ": " + std::strerror(errno));
    std::stringstream data;
    data << in.rdbuf();
    return ForEachRecordBufferOfGzip(data.str(), path, on_buffer);
  }
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

#include "tools/tailwatch/record_reader.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <mutex>
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

// A regular file is read through read-only mappings of kMapWindowBytes, one
// after the other: its records are matched where the page cache holds them,
// instead of being copied into a buffer first (the copy is about a sixth of
// the CPU time of a replay with only literal filters). Each window is
// populated when mapped (one fault per window, not per page) and unmapped
// once done, so the resident size grows by one window, not by the file. The
// last kMapTailBytes are read as before: code that reads a little past its
// text then stays inside a buffer.
constexpr size_t kMapWindowBytes = 8 * kChunkBytes;
constexpr size_t kMapTailBytes = 2 * kChunkBytes;

// A file truncated under a mapping takes its lost pages out of it, and
// touching one raises SIGBUS. The size is checked before every chunk, and
// the rest is left to read(2) once the file shrank; a truncation within the
// ~1 MiB being matched still faults, and then the process stops with this
// message instead of a crash.
std::atomic<const char*> g_mapped_begin{nullptr};
std::atomic<const char*> g_mapped_end{nullptr};
char g_fault_message[512];
size_t g_fault_message_size = 0;

void OnMappedFileFault(int sig, siginfo_t* info, void*) {
  const char* address = static_cast<const char*>(info->si_addr);
  const char* begin = g_mapped_begin.load();
  if (begin != nullptr && address >= begin && address < g_mapped_end.load()) {
    (void)!write(STDERR_FILENO, g_fault_message, g_fault_message_size);
    _exit(1);
  }
  // Not ours: the default action, when the faulting access runs again.
  signal(sig, SIG_DFL);
}

void InstallMappedFileFaultHandler(const std::string& path) {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction action {};
    action.sa_sigaction = OnMappedFileFault;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(SIGBUS, &action, nullptr);
  });
  const std::string message =
      "tailwatch: " + path + " shrank while it was read (truncated or rewritten); stopping\n";
  g_fault_message_size = std::min(message.size(), sizeof g_fault_message);
  std::memcpy(g_fault_message, message.data(), g_fault_message_size);
}

bool Shrank(int fd, uint64_t size) {
  struct stat st {};
  return fstat(fd, &st) != 0 || static_cast<uint64_t>(st.st_size) < size;
}

// Hands `on_buffer` the whole records of the regular file `fd` from its
// start, through mappings, in buffers of about kChunkBytes (a record longer
// than that in a buffer of its own); stops before the last kMapTailBytes, or
// earlier where the file shrank. Returns the offset reached (0 when the file cannot
// be mapped); the caller reads the rest.
uint64_t ForEachMappedRecordBuffer(int fd, const std::string& path,
                                   const std::function<void(std::string_view)>& on_buffer) {
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size <= kMapTailBytes) return 0;
  InstallMappedFileFaultHandler(path);
  const auto page = static_cast<uint64_t>(sysconf(_SC_PAGESIZE));
  uint64_t offset = 0;
  size_t window_bytes = kMapWindowBytes;
  bool shrank = false;
  while (!shrank && size - offset > kMapTailBytes) {
    const uint64_t start = offset - offset % page;
    const auto length = static_cast<size_t>(std::min<uint64_t>(window_bytes, size - start));
    void* map =
        mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, static_cast<off_t>(start));
    if (map == MAP_FAILED) break;
    g_mapped_end.store(static_cast<const char*>(map) + length);
    g_mapped_begin.store(static_cast<const char*>(map));
    const std::string_view window(static_cast<const char*>(map) + (offset - start),
                                  length - (offset - start));
    size_t used = 0;
    while (window.size() - used > kChunkBytes && !(shrank = Shrank(fd, size))) {
      const size_t cut =
          engine::WholeRecordsLength(std::string_view(window.data() + used, kChunkBytes));
      if (cut == 0) break;  // a record longer than a chunk: the next window starts with it
      on_buffer(std::string_view(window.data() + used, cut));
      used += cut;
    }
    if (used == 0 && !shrank && !(shrank = Shrank(fd, size))) {
      // The window starts with a record longer than a chunk: it goes alone,
      // and the next window goes on in chunks.
      const auto end = std::find_if(window.begin(), window.end(), engine::IsRecordTerminator);
      if (end != window.end()) {
        used = static_cast<size_t>(end - window.begin()) + 1;
        on_buffer(window.substr(0, used));
      }
    }
    g_mapped_begin.store(nullptr);
    munmap(map, length);
    if (used == 0) {
      // A record longer than the window: a larger one, unless this one
      // already reached the end (the rest is a last record without a
      // terminator, which read(2) hands out).
      if (start + length >= size) break;
      window_bytes *= 2;
      continue;
    }
    window_bytes = kMapWindowBytes;
    offset += used;
  }
  return offset;
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
    if (const uint64_t mapped = ForEachMappedRecordBuffer(fd, path, on_buffer); mapped > 0) {
      if (lseek(fd, static_cast<off_t>(mapped), SEEK_SET) < 0) {
        const std::string message = path + ": " + std::strerror(errno);
        close(fd);
        return MakeError(message);
      }
    }
  }
  std::string error;
  const Status status = CutRecords(
      [&](char* out, size_t room) -> ssize_t {
        while (true) {
          const ssize_t n = read(fd, out, room);
          if (n >= 0) return n;
          if (errno != EINTR) {
            error = path + ": " + std::strerror(errno);
            return -1;
          }
        }
      },
      on_buffer);
  if (fd != STDIN_FILENO) close(fd);
  if (!status) return MakeError(error);
  return OkStatus();
}

Status ForEachRecord(const std::string& path,
                     const std::function<void(std::string_view)>& on_record) {
  return ForEachRecordBuffer(
      path, [&](std::string_view text) { engine::ForEachLogRecord(text, on_record); });
}

}  // namespace tailwatch::tools

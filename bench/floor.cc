// The floor of bench/run.sh: what reading a file and finding its lines costs,
// with no matching at all. Reads FILE in 256 KiB blocks (the daemon's read
// size) and counts '\n' with memchr; prints "<lines> <bytes>".
//
// Built by bench/run.sh with plain g++ (it needs no tailwatch library):
//   g++ -O2 -std=c++20 bench/floor.cc -o floor
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: floor FILE\n");
    return 2;
  }
  const int fd = open(argv[1], O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::fprintf(stderr, "floor: %s: %s\n", argv[1], std::strerror(errno));
    return 1;
  }
  std::vector<char> buffer(256 * 1024);
  unsigned long long lines = 0, bytes = 0;
  while (true) {
    const ssize_t n = read(fd, buffer.data(), buffer.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::fprintf(stderr, "floor: %s: %s\n", argv[1], std::strerror(errno));
      return 1;
    }
    if (n == 0) break;
    bytes += static_cast<unsigned long long>(n);
    const char* p = buffer.data();
    const char* end = p + n;
    while (const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p))) {
      ++lines;
      p = static_cast<const char*>(nl) + 1;
    }
  }
  close(fd);
  std::printf("%llu %llu\n", lines, bytes);
  return 0;
}

// tailwatchd: listens first, then runs the daemon (tailwatchd-core).
//
// The daemon links about twenty shared libraries; the dynamic loader alone
// takes several milliseconds before main() runs, during which a client that
// started the daemon (a supervisor, a test harness, `make run` then curl) is
// refused. This program has no libraries and no C runtime: within a few
// hundred microseconds of exec it binds `server.listen`, read from --listen or
// the --config file (listen_in_config.h), and passes the socket on to
// tailwatchd-core under systemd's socket-activation protocol (fd 3,
// LISTEN_FDS=1, LISTEN_PID = this process, which exec keeps). Connections made
// meanwhile wait in the socket's backlog instead of being refused.
//
// It never decides anything: when it cannot bind (no address it understands,
// an IPv6 or port-0 address, the port in use, fd 3 taken, a socket already
// passed by systemd) it runs tailwatchd-core with nothing passed, and the
// daemon binds and reports errors exactly as before. The daemon adopts the
// socket only when it is bound to the address the daemon's own parser read.
//
// tailwatchd-core is looked up next to this program, then in
// ../libexec/tailwatch/ (the installed layout). x86-64 Linux only; other
// targets build the daemon as tailwatchd directly (daemon/CMakeLists.txt).
#include <cstddef>
#include <cstdint>

#include "daemon/daemon_flags.h"
#include "daemon/launcher/listen_in_config.h"

namespace {

// Linux x86-64 system calls and constants (no libc here).
constexpr long kWrite = 1;
constexpr long kOpen = 2;
constexpr long kClose = 3;
constexpr long kFstat = 5;
constexpr long kMmap = 9;
constexpr long kSocket = 41;
constexpr long kBind = 49;
constexpr long kListen = 50;
constexpr long kSetsockopt = 54;
constexpr long kExecve = 59;
constexpr long kExit = 60;
constexpr long kFcntl = 72;
constexpr long kReadlink = 89;
constexpr long kGetpid = 39;

constexpr long kAfInet = 2;
constexpr long kSockStream = 1;
constexpr long kSolSocket = 1;
constexpr long kSoReuseaddr = 2;
constexpr long kOrdonlyCloexec = 02000000;
constexpr long kFGetfd = 1;
constexpr long kListenBacklog = 4096;  // SOMAXCONN, as the daemon's own listen()
constexpr long kProtRead = 1;
constexpr long kMapPrivate = 2;
constexpr int kPassedFd = 3;  // SD_LISTEN_FDS_START

long Syscall(long number, long a = 0, long b = 0, long c = 0, long d = 0, long e = 0, long f = 0) {
  long result;
  register long r10 __asm__("r10") = d;
  register long r8 __asm__("r8") = e;
  register long r9 __asm__("r9") = f;
  __asm__ volatile("syscall"
                   : "=a"(result)
                   : "a"(number), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                   : "rcx", "r11", "memory");
  return result;
}

size_t Length(const char* s) {
  size_t n = 0;
  while (s[n] != '\0') ++n;
  return n;
}

bool Equal(const char* a, const char* b) {
  while (*a != '\0' && *a == *b) ++a, ++b;
  return *a == *b;
}

bool HasPrefix(const char* s, const char* prefix) {
  while (*prefix != '\0') {
    if (*s++ != *prefix++) return false;
  }
  return true;
}

// Appends `s` to buf[*at..size), always NUL-terminated; false when cut.
bool Append(char* buf, size_t size, size_t* at, const char* s) {
  while (*s != '\0') {
    if (*at + 1 >= size) return false;
    buf[(*at)++] = *s++;
  }
  buf[*at] = '\0';
  return true;
}

void AppendNumber(char* buf, size_t size, size_t* at, long value) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = static_cast<char>('0' + value % 10);
    value /= 10;
  } while (value > 0);
  char text[24];
  for (int i = 0; i < n; ++i) text[i] = digits[n - 1 - i];
  text[n] = '\0';
  Append(buf, size, at, text);
}

struct SockaddrIn {
  uint16_t family;
  uint16_t port;     // network byte order
  uint32_t address;  // network byte order
  uint8_t zero[8];
};

uint16_t ToNetwork16(uint16_t v) { return static_cast<uint16_t>((v >> 8) | (v << 8)); }
uint32_t ToNetwork32(uint32_t v) {
  return (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
}

// The address to bind: --listen, else server.listen of the --config file.
// False for anything but a plain run of the daemon (--help, --version,
// unknown or incomplete flags) and for what the launcher does not read.
bool AddressToBind(int argc, char** argv, tailwatch::launcher::Ipv4Listen* out) {
  const char* config = nullptr;
  const char* listen = nullptr;
  for (int i = 1; i < argc; ++i) {
    const char* arg = argv[i];
    bool takes_value = false;
    for (const char* flag : tailwatch::daemon::kValueFlags) takes_value |= Equal(arg, flag);
    if (!takes_value || i + 1 >= argc) return false;
    const char* value = argv[++i];
    if (Equal(arg, "--config")) config = value;
    if (Equal(arg, "--listen")) listen = value;
  }
  if (listen != nullptr) {
    return tailwatch::launcher::ParseIpv4Listen(listen, listen + Length(listen), out);
  }
  if (config == nullptr) return false;
  const long fd = Syscall(kOpen, reinterpret_cast<long>(config), kOrdonlyCloexec);
  if (fd < 0) return false;
  struct {
    uint64_t dev, ino, nlink;
    uint32_t mode, uid, gid, pad0;
    uint64_t rdev;
    int64_t size, blksize, blocks;
    uint64_t times[6];
    int64_t unused[3];
  } st;
  bool ok = false;
  if (Syscall(kFstat, fd, reinterpret_cast<long>(&st)) == 0 && st.size > 0 &&
      st.size <= (64 << 20) && (st.mode & 0170000) == 0100000) {
    const long map = Syscall(kMmap, 0, st.size, kProtRead, kMapPrivate, fd, 0);
    if (map > 0 || map < -4095) {
      const char* text = reinterpret_cast<const char*>(map);
      const char* value = nullptr;
      const char* value_end = nullptr;
      ok = tailwatch::launcher::FindListenInConfig(text, static_cast<size_t>(st.size), &value,
                                                   &value_end) &&
           tailwatch::launcher::ParseIpv4Listen(value, value_end, out);
      // The mapping is left to exec, which drops it.
    }
  }
  Syscall(kClose, fd);
  return ok;
}

// Binds and listens on fd 3 (inheritable); false, with nothing left open,
// when any step fails.
bool Listen(const tailwatch::launcher::Ipv4Listen& where) {
  if (Syscall(kFcntl, kPassedFd, kFGetfd) >= 0) return false;  // fd 3 is someone's
  const long fd = Syscall(kSocket, kAfInet, kSockStream, 0);
  if (fd < 0) return false;
  if (fd != kPassedFd) {
    Syscall(kClose, fd);
    return false;
  }
  const int one = 1;
  SockaddrIn address{};
  address.family = kAfInet;
  address.port = ToNetwork16(where.port);
  address.address = ToNetwork32(where.address);
  if (Syscall(kSetsockopt, fd, kSolSocket, kSoReuseaddr, reinterpret_cast<long>(&one),
              sizeof one) != 0 ||
      Syscall(kBind, fd, reinterpret_cast<long>(&address), sizeof address) != 0 ||
      Syscall(kListen, fd, kListenBacklog) != 0) {
    Syscall(kClose, fd);
    return false;
  }
  return true;
}

constexpr size_t kMaxEnv = 8192;
char* g_env[kMaxEnv + 4];
char g_fds[] = "LISTEN_FDS=1";
char g_names[] = "LISTEN_FDNAMES=http";
char g_pid[48];
char g_path[4096];

// The environment with LISTEN_* replaced by the passed socket's; null when
// there is no room (then nothing is passed).
char** EnvironmentWithSocket(char** envp) {
  size_t n = 0;
  for (char** e = envp; *e != nullptr; ++e) {
    if (HasPrefix(*e, "LISTEN_")) continue;
    if (n == kMaxEnv) return nullptr;
    g_env[n++] = *e;
  }
  size_t at = 0;
  Append(g_pid, sizeof g_pid, &at, "LISTEN_PID=");
  AppendNumber(g_pid, sizeof g_pid, &at, Syscall(kGetpid));
  g_env[n++] = g_fds;
  g_env[n++] = g_pid;
  g_env[n++] = g_names;
  g_env[n] = nullptr;
  return g_env;
}

void Say(const char* a, const char* b = "", const char* c = "") {
  const char* parts[] = {a, b, c};
  for (const char* part : parts) Syscall(kWrite, 2, reinterpret_cast<long>(part), Length(part));
}

// Runs tailwatchd-core from `dir` + `relative`; returns only on failure.
long Exec(size_t dir_size, const char* relative, char** argv, char** envp) {
  size_t at = dir_size;
  g_path[at] = '\0';
  if (!Append(g_path, sizeof g_path, &at, relative)) return -36;  // ENAMETOOLONG
  return Syscall(kExecve, reinterpret_cast<long>(g_path), reinterpret_cast<long>(argv),
                 reinterpret_cast<long>(envp));
}

}  // namespace

extern "C" [[noreturn]] void LauncherMain(long* stack) {
  const int argc = static_cast<int>(stack[0]);
  char** argv = reinterpret_cast<char**>(stack + 1);
  char** envp = argv + argc + 1;

  bool passed_by_systemd = false;
  for (char** e = envp; *e != nullptr; ++e) passed_by_systemd |= HasPrefix(*e, "LISTEN_FDS=");
  tailwatch::launcher::Ipv4Listen where;
  if (!passed_by_systemd && AddressToBind(argc, argv, &where) && Listen(where)) {
    char** env = EnvironmentWithSocket(envp);
    if (env == nullptr) {
      Syscall(kClose, kPassedFd);
    } else {
      envp = env;
    }
  }

  // The directory of this program: /proc/self/exe, else argv[0]'s.
  long size = Syscall(kReadlink, reinterpret_cast<long>("/proc/self/exe"),
                      reinterpret_cast<long>(g_path), sizeof g_path - 1);
  if (size <= 0) {
    size = 0;
    size_t at = 0;
    if (argc > 0) Append(g_path, sizeof g_path, &at, argv[0]);
    size = static_cast<long>(at);
  }
  while (size > 0 && g_path[size - 1] != '/') --size;
  if (size == 0) {
    size_t at = 0;
    Append(g_path, sizeof g_path, &at, "./");
    size = 2;
  }
  long error = Exec(static_cast<size_t>(size), "tailwatchd-core", argv, envp);
  if (error == -2)
    error = Exec(static_cast<size_t>(size), "../libexec/tailwatch/tailwatchd-core", argv, envp);
  g_path[size] = '\0';
  Say("tailwatchd: cannot run tailwatchd-core from ", g_path,
      " or ../libexec/tailwatch/ (is the daemon installed?)\n");
  Syscall(kExit, 127);
  __builtin_unreachable();
}

// The entry point: the kernel's initial stack holds argc, argv, NULL, envp.
__asm__(
    ".text\n"
    ".global _start\n"
    "_start:\n"
    "  xor %rbp, %rbp\n"
    "  mov %rsp, %rdi\n"
    "  and $-16, %rsp\n"
    "  call LauncherMain\n"
    "  hlt\n");

// The compiler may emit calls to these for aggregate copies and zeroing.
extern "C" void* memset(void* dest, int c, size_t n) {
  auto* d = static_cast<unsigned char*>(dest);
  for (size_t i = 0; i < n; ++i) d[i] = static_cast<unsigned char>(c);
  return dest;
}

extern "C" void* memcpy(void* dest, const void* src, size_t n) {
  auto* d = static_cast<unsigned char*>(dest);
  const auto* s = static_cast<const unsigned char*>(src);
  for (size_t i = 0; i < n; ++i) d[i] = s[i];
  return dest;
}

// Finds `server.listen` in a configuration file's text without a YAML parser,
// for the launcher (launcher.cc), which binds the listener before the daemon's
// libraries are loaded. Freestanding: no library calls, no allocation.
//
// Only the two shapes configurations are written in are recognised:
//
//   server: {listen: "127.0.0.1:9108", ...}      (flow, on the `server:` line)
//   server:                                       (block, one level in)
//     listen: 127.0.0.1:9108
//
// Anything else (no or two `server:` keys, two `listen:` keys, anchors,
// aliases, tags, block scalars, a document marker, IPv6, host names other
// than localhost) answers "not found", and the daemon then binds as it always
// did. The answer is only ever a hint: the daemon adopts the early socket only
// when it is bound to the address its own parser read (http_server.cc).
#ifndef TAILWATCH_DAEMON_LAUNCHER_LISTEN_IN_CONFIG_H_
#define TAILWATCH_DAEMON_LAUNCHER_LISTEN_IN_CONFIG_H_

#include <cstddef>
#include <cstdint>

namespace tailwatch::launcher {

struct Ipv4Listen {
  uint32_t address = 0;  // host byte order
  uint16_t port = 0;     // 1..65535
};

namespace detail {

inline bool IsBlank(char c) { return c == ' ' || c == '\t'; }

inline bool StartsWith(const char* p, const char* end, const char* word) {
  for (; *word != '\0'; ++p, ++word) {
    if (p == end || *p != *word) return false;
  }
  return true;
}

// A scalar value: double- or single-quoted without escapes, or plain up to
// `stop` characters, a comment or the line's end. Sets [*begin, *end).
inline bool ScalarValue(const char* p, const char* end, const char* stop, const char** begin,
                        const char** value_end, const char** next) {
  while (p != end && IsBlank(*p)) ++p;
  if (p == end) return false;
  if (*p == '"' || *p == '\'') {
    const char quote = *p++;
    const char* const start = p;
    while (p != end && *p != quote) {
      if (*p == '\\' || *p == '\n') return false;
      ++p;
    }
    if (p == end) return false;
    *begin = start;
    *value_end = p;
    *next = p + 1;
    return true;
  }
  // Plain: nothing YAML would read as more than text.
  if (*p == '&' || *p == '*' || *p == '!' || *p == '|' || *p == '>' || *p == '{' || *p == '[' ||
      *p == '#' || *p == '\n' || *p == '\r') {
    return false;
  }
  const char* const start = p;
  for (; p != end && *p != '\n' && *p != '\r'; ++p) {
    if (*p == '#' && IsBlank(p[-1])) break;
    bool stops = false;
    for (const char* s = stop; *s != '\0'; ++s) stops = stops || *p == *s;
    if (stops) break;
  }
  const char* last = p;
  while (last != start && IsBlank(last[-1])) --last;
  if (last == start) return false;
  *begin = start;
  *value_end = last;
  *next = p;
  return true;
}

// After a value: only blanks, then a comment or the line's end.
inline bool RestOfLineEmpty(const char* p, const char* end) {
  while (p != end && IsBlank(*p)) ++p;
  return p == end || *p == '\n' || *p == '\r' || *p == '#';
}

}  // namespace detail

// Sets [*value, *value_end) to the text of `server.listen`; false when the
// file is not one of the shapes above or holds it more than once.
inline bool FindListenInConfig(const char* text, size_t size, const char** value,
                               const char** value_end) {
  using detail::IsBlank;
  using detail::StartsWith;
  const char* const end = text + size;
  const char* found = nullptr;
  const char* found_end = nullptr;
  bool in_server = false;   // inside a block `server:` mapping
  size_t child_indent = 0;  // its keys' indentation, once seen
  int servers = 0;
  for (const char* line = text; line < end;) {
    const char* eol = line;
    while (eol != end && *eol != '\n') ++eol;
    const char* p = line;
    while (p != eol && *p == ' ') ++p;
    const size_t indent = static_cast<size_t>(p - line);
    const bool blank = p == eol || *p == '#' || *p == '\r';
    if (p != eol && *p == '\t') return false;  // tabs are not YAML indentation
    if (!blank && indent == 0) {
      if (StartsWith(p, eol, "---") || StartsWith(p, eol, "...") || *p == '%') return false;
      in_server = false;
      if (StartsWith(p, eol, "server:")) {
        if (++servers > 1) return false;
        const char* q = p + 7;
        while (q != eol && IsBlank(*q)) ++q;
        if (q == eol || *q == '#' || *q == '\r') {
          in_server = true;
          child_indent = 0;
        } else if (*q == '{') {
          // Flow mapping on this line: key: value pairs up to '}'.
          ++q;
          for (;;) {
            while (q != eol && IsBlank(*q)) ++q;
            if (q == eol) return false;  // continued on another line
            if (*q == '}') {
              if (!detail::RestOfLineEmpty(q + 1, eol)) return false;
              break;
            }
            const char* key = q;
            while (q != eol && *q != ':' && *q != ',' && *q != '}' && *q != '{' && *q != '[' &&
                   *q != '"' && *q != '\'') {
              ++q;
            }
            if (q == eol || *q != ':') return false;
            const char* key_end = q;
            while (key_end != key && IsBlank(key_end[-1])) --key_end;
            const char* v = nullptr;
            const char* v_end = nullptr;
            const char* next = nullptr;
            if (!detail::ScalarValue(q + 1, eol, ",}", &v, &v_end, &next)) return false;
            if (key_end - key == 6 && StartsWith(key, key_end, "listen")) {
              if (found != nullptr) return false;
              found = v;
              found_end = v_end;
            }
            q = next;
            while (q != eol && IsBlank(*q)) ++q;
            if (q != eol && *q == ',') ++q;
          }
        } else {
          return false;
        }
      }
    } else if (!blank && in_server) {
      if (child_indent == 0) child_indent = indent;
      if (indent == child_indent && StartsWith(p, eol, "listen:")) {
        const char* v = nullptr;
        const char* v_end = nullptr;
        const char* next = nullptr;
        if (!detail::ScalarValue(p + 7, eol, "", &v, &v_end, &next)) return false;
        if (!detail::RestOfLineEmpty(next, eol)) return false;
        if (found != nullptr) return false;
        found = v;
        found_end = v_end;
      } else if (indent < child_indent) {
        return false;  // not the indentation of a mapping's keys
      }
    }
    line = eol == end ? end : eol + 1;
  }
  if (found == nullptr) return false;
  *value = found;
  *value_end = found_end;
  return true;
}

// "A.B.C.D:PORT" or "localhost:PORT" (127.0.0.1), PORT 1..65535 in decimal.
inline bool ParseIpv4Listen(const char* text, const char* end, Ipv4Listen* out) {
  const char* p = text;
  uint32_t address = 0;
  if (detail::StartsWith(p, end, "localhost:")) {
    address = 0x7f000001;
    p += 9;
  } else {
    for (int part = 0; part < 4; ++part) {
      if (part > 0) {
        if (p == end || *p != '.') return false;
        ++p;
      }
      uint32_t octet = 0;
      int digits = 0;
      for (; p != end && *p >= '0' && *p <= '9'; ++p, ++digits) {
        octet = octet * 10 + static_cast<uint32_t>(*p - '0');
        if (digits == 3 || octet > 255) return false;
      }
      if (digits == 0 || (digits > 1 && p[-digits] == '0')) return false;
      address = (address << 8) | octet;
    }
  }
  if (p == end || *p != ':') return false;
  ++p;
  uint32_t port = 0;
  int digits = 0;
  for (; p != end && *p >= '0' && *p <= '9'; ++p, ++digits) {
    port = port * 10 + static_cast<uint32_t>(*p - '0');
    if (port > 65535) return false;
  }
  if (p != end || digits == 0 || port == 0) return false;
  out->address = address;
  out->port = static_cast<uint16_t>(port);
  return true;
}

}  // namespace tailwatch::launcher

#endif  // TAILWATCH_DAEMON_LAUNCHER_LISTEN_IN_CONFIG_H_

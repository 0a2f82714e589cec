#include "config/listen_address.h"

#include <arpa/inet.h>

#include <cctype>

#include "config/node_reader.h"

namespace tailwatch::config {
namespace {

bool IsHostName(std::string_view host) {
  // RFC 1123 labels; enough to refuse typos like "127.0.0.1/8" or "host name".
  if (host.empty() || host.size() > 253 || host.front() == '.' || host.front() == '-') return false;
  for (char c : host) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-')) return false;
  }
  return true;
}

bool LooksNumeric(std::string_view host) {
  for (char c : host) {
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) return false;
  }
  return true;
}

}  // namespace

Result<ListenAddress> ParseListenAddress(std::string_view text) {
  ListenAddress address;
  size_t port_at = 0;  // index of the ':' before the port
  if (!text.empty() && text.front() == '[') {
    const size_t close = text.find(']');
    if (close == std::string_view::npos) return MakeError("missing ']' after the IPv6 address", 1);
    address.host = std::string(text.substr(1, close - 1));
    in6_addr v6{};
    if (inet_pton(AF_INET6, address.host.c_str(), &v6) != 1) {
      return MakeError("'" + address.host + "' is not an IPv6 address", 2);
    }
    if (close + 1 >= text.size() || text[close + 1] != ':') {
      return MakeError("expected ':PORT' after ']'", static_cast<int>(close) + 2);
    }
    port_at = close + 1;
    address.loopback = IN6_IS_ADDR_LOOPBACK(&v6);
  } else {
    const size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) return MakeError("expected HOST:PORT", 1);
    address.host = std::string(text.substr(0, colon));
    if (address.host.find(':') != std::string::npos) {
      return MakeError("an IPv6 address goes in brackets, e.g. [::1]:9108", 1);
    }
    if (address.host.empty()) return MakeError("missing the host before ':PORT'", 1);
    if (LooksNumeric(address.host)) {
      in_addr v4{};
      if (inet_pton(AF_INET, address.host.c_str(), &v4) != 1) {
        return MakeError("'" + address.host + "' is not an IPv4 address", 1);
      }
      address.loopback = (ntohl(v4.s_addr) >> 24) == 127;
    } else if (!IsHostName(address.host)) {
      return MakeError("'" + address.host + "' is not a host name or address", 1);
    } else {
      address.loopback = address.host == "localhost";
    }
    port_at = colon;
  }
  const std::string_view port = text.substr(port_at + 1);
  long long value = 0;
  if (!ParseInteger(port, &value) || port.front() == '+' || value < 0 || value > 65535) {
    return MakeError("port must be a number from 0 to 65535", static_cast<int>(port_at) + 2);
  }
  address.port = static_cast<uint16_t>(value);
  return address;
}

}  // namespace tailwatch::config

// `server.listen`: "host:port", IPv6 hosts in brackets ("[::1]:9108").
#ifndef TAILWATCH_CONFIG_LISTEN_ADDRESS_H_
#define TAILWATCH_CONFIG_LISTEN_ADDRESS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::config {

struct ListenAddress {
  std::string host;       // without brackets
  uint16_t port = 0;      // 0 = any free port (tests)
  bool loopback = false;  // 127.0.0.0/8, ::1, localhost
};

// Error columns are 1-based into `text`.
Result<ListenAddress> ParseListenAddress(std::string_view text);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_LISTEN_ADDRESS_H_

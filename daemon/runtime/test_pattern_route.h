// POST /api/v1/test-pattern: the `tailwatch test-pattern` of the status page.
// Runs one filter pattern through the same FilterSet the daemon uses
// (prefilter included) over the lines of the request, on the HTTP thread, with
// a private FilterSet: nothing of the running engine is touched.
//
// Request:  {"pattern":"...", "lines":"one event per line\n...", "value":"$.x"?}
// Answer:   {"events":E,"matches":[{"eventNumber":N,"eventMessage":..,
//            "extractedValues":{..}[,"value":x|null]}]}
// Errors:   400 {"error":"..."} for bad JSON, a bad pattern or value
//           ("column N: message"), more than kMaxTestLines lines or a line longer
//           than max_line_bytes; the body itself is capped by server.max_body_bytes.
#ifndef TAILWATCH_DAEMON_RUNTIME_TEST_PATTERN_ROUTE_H_
#define TAILWATCH_DAEMON_RUNTIME_TEST_PATTERN_ROUTE_H_

#include <cstddef>
#include <string_view>

#include "daemon/http/http_server.h"

namespace tailwatch::daemon {

inline constexpr size_t kMaxTestLines = 10000;

// The whole exchange, as a pure function of the body (for tests).
http::HttpResponse TestPattern(std::string_view body, size_t max_line_bytes);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_RUNTIME_TEST_PATTERN_ROUTE_H_

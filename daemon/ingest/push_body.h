// Body parsing for the push endpoint `POST /v1/logs?group=G&stream=S`.
//
// Two shapes, chosen by Content-Type:
//   - text (anything but NDJSON): one event per line. Lines are split on '\n'
//     and a trailing '\r' is stripped; the empty segment after a final '\n' is
//     not an event, but empty lines inside the body are (a tailed file's empty
//     line is an event too). Bytes are taken as they are, like a tailed file:
//     invalid UTF-8 is not an error. Every event gets the ingestion time.
//   - NDJSON (`application/x-ndjson`, `application/ndjson`,
//     `application/jsonl`, parameters such as `; charset=utf-8` allowed): each
//     non-blank line is one JSON object
//         {"message": "<string>", "timestamp": <integer epoch ms>}
//     `message` is required (a string, may be empty); `timestamp` is optional
//     (an integral number >= 0, or null = ingestion time); other members are
//     ignored. `\uXXXX` escapes (surrogate pairs included) are decoded. Blank
//     lines are skipped. Any other line (not JSON, invalid UTF-8, not an object,
//     no string message, a bad timestamp) fails the whole body.
//
// A body is accepted whole or refused whole: the first bad line refuses it
// and the error names that line (1-based). A message longer than
// `max_line_bytes` refuses the body too (kLineTooLong), rather than being cut:
// the pusher can split it, and a silently shortened event would match
// differently than the one that was sent.
//
// Pure code (simdjson only, no Asio, no zlib) so that the fuzz target can
// include the .cc directly. Not thread-safe per parser: one
// simdjson::dom::parser per caller.
#ifndef TAILWATCH_DAEMON_INGEST_PUSH_BODY_H_
#define TAILWATCH_DAEMON_INGEST_PUSH_BODY_H_

#include <simdjson.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "daemon/ingest/ingest_sink.h"

namespace tailwatch::daemon {

enum class PushBodyFormat { kText, kNdjson };

// kNdjson for the NDJSON media types above (case-insensitive, parameters
// ignored), else kText.
PushBodyFormat PushFormatFromContentType(std::string_view content_type);

struct PushBodyError {
  enum class Kind { kEmpty, kLineTooLong, kInvalid };
  Kind kind = Kind::kInvalid;
  int line = 0;         // 1-based line of the body; 0 = the body as a whole
  std::string message;  // "line 3: message is 300000 bytes, over the 262144-byte limit"
};

// Parses `body` into `out->events` (appended) and adds the message sizes to
// `out->bytes`. On error `out->events` may hold part of the body: discard it.
// `parser` is reused across calls to avoid allocations.
[[nodiscard]] bool ParsePushBody(std::string_view body, PushBodyFormat format,
                                 size_t max_line_bytes, simdjson::dom::parser& parser,
                                 IngestBatch* out, PushBodyError* error);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_PUSH_BODY_H_

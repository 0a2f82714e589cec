// Decoding `Content-Encoding: gzip` request bodies with a hard cap on the
// decoded size, so a small "gzip bomb" cannot make the daemon allocate
// without bound: decoding stops as soon as the output would pass the cap.
//
// Pure function (zlib only); thread-safe.
#ifndef TAILWATCH_DAEMON_INGEST_GZIP_DECODE_H_
#define TAILWATCH_DAEMON_INGEST_GZIP_DECODE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace tailwatch::daemon {

enum class GzipStatus {
  kOk,
  kTooLarge,  // the decoded body would exceed max_decoded_bytes (answer 413)
  kCorrupt,   // not gzip, truncated, bad CRC, or trailing garbage (answer 400)
};

// Inflates `compressed` (one or more concatenated gzip members, RFC 1952) into
// `*out` (replaced). On kTooLarge `*out` holds at most max_decoded_bytes.
GzipStatus GunzipCapped(std::string_view compressed, size_t max_decoded_bytes, std::string* out);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_GZIP_DECODE_H_

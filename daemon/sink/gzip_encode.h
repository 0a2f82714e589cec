// gzip (RFC 1952) compression of a whole batch with zlib, into a reused
// buffer. Deterministic for a given input and level, so a batch rebuilt
// after a crash uploads the same bytes under the same key.
#ifndef TAILWATCH_DAEMON_SINK_GZIP_ENCODE_H_
#define TAILWATCH_DAEMON_SINK_GZIP_ENCODE_H_

#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::sink {

// Replaces `*out` with the gzip member of `data` at zlib `level` (1-9).
Status GzipCompress(std::string_view data, int level, std::string* out);

}  // namespace tailwatch::sink

#endif  // TAILWATCH_DAEMON_SINK_GZIP_ENCODE_H_

#include "daemon/ingest/gzip_decode.h"

#include <zlib.h>

#include <algorithm>

namespace tailwatch::daemon {

GzipStatus GunzipCapped(std::string_view compressed, size_t max_decoded_bytes, std::string* out) {
  out->clear();
  if (compressed.empty()) return GzipStatus::kCorrupt;
  z_stream zs{};
  // 15 + 16: a gzip wrapper only (not raw deflate, not zlib).
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return GzipStatus::kCorrupt;
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  // Bodies are capped far below 4 GiB by the HTTP server; clamp anyway.
  zs.avail_in = static_cast<uInt>(std::min<size_t>(compressed.size(), 0xffffffffu));

  // Grow the output in steps, never past the cap (+1 byte to detect "over").
  const size_t hard_limit = max_decoded_bytes + 1;
  GzipStatus status = GzipStatus::kOk;
  for (;;) {
    if (out->size() == hard_limit) {
      status = GzipStatus::kTooLarge;
      break;
    }
    const size_t step = std::min<size_t>(std::max<size_t>(compressed.size() * 2, 64 * 1024),
                                         hard_limit - out->size());
    const size_t old_size = out->size();
    out->resize(old_size + step);
    zs.next_out = reinterpret_cast<Bytef*>(out->data() + old_size);
    zs.avail_out = static_cast<uInt>(step);
    const int rc = inflate(&zs, Z_NO_FLUSH);
    out->resize(old_size + (step - zs.avail_out));
    if (rc == Z_STREAM_END) {
      if (zs.avail_in == 0) break;
      // Another gzip member follows (RFC 1952 allows concatenation).
      if (inflateReset(&zs) != Z_OK) {
        status = GzipStatus::kCorrupt;
        break;
      }
      continue;
    }
    if (rc == Z_OK) continue;
    if (rc == Z_BUF_ERROR && zs.avail_out != 0) {
      // No progress possible with output room left: the input is truncated.
      status = GzipStatus::kCorrupt;
      break;
    }
    if (rc == Z_BUF_ERROR) continue;
    status = GzipStatus::kCorrupt;  // Z_DATA_ERROR, Z_MEM_ERROR, Z_NEED_DICT, ...
    break;
  }
  inflateEnd(&zs);
  if (status == GzipStatus::kOk && out->size() > max_decoded_bytes) status = GzipStatus::kTooLarge;
  if (status == GzipStatus::kTooLarge) out->resize(max_decoded_bytes);
  if (status == GzipStatus::kCorrupt) out->clear();
  return status;
}

}  // namespace tailwatch::daemon

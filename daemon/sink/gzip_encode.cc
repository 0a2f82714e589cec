#include "daemon/sink/gzip_encode.h"

#include <zlib.h>

namespace tailwatch::sink {

Status GzipCompress(std::string_view data, int level, std::string* out) {
  z_stream stream{};
  // windowBits 15 + 16: a gzip header and trailer instead of zlib's. The
  // header's mtime stays 0, which keeps the output a function of the input.
  if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return MakeError("gzip: deflateInit2 failed");
  }
  out->resize(deflateBound(&stream, static_cast<uLong>(data.size())) + 32);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out->data());
  stream.avail_out = static_cast<uInt>(out->size());
  const int rc = deflate(&stream, Z_FINISH);
  const size_t written = out->size() - stream.avail_out;
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) return MakeError("gzip: deflate failed (" + std::to_string(rc) + ")");
  out->resize(written);
  return OkStatus();
}

}  // namespace tailwatch::sink

// Gzip compression for the ingestion tests (zlib, RFC 1952 wrapper).
#ifndef TAILWATCH_TESTS_DAEMON_INGEST_GZIP_UTIL_H_
#define TAILWATCH_TESTS_DAEMON_INGEST_GZIP_UTIL_H_

#include <zlib.h>

#include <string>
#include <string_view>

namespace tailwatch::testing {

inline std::string Gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

}  // namespace tailwatch::testing

#endif  // TAILWATCH_TESTS_DAEMON_INGEST_GZIP_UTIL_H_

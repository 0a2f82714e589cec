// Minimal little-endian byte writer/reader for versioned checkpoint blobs.
// Reader methods return false on truncated input instead of throwing, so a
// corrupt checkpoint is reported, never a crash.
#ifndef TAILWATCH_ENGINE_COMMON_BYTE_IO_H_
#define TAILWATCH_ENGINE_COMMON_BYTE_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace tailwatch {

class ByteWriter {
 public:
  void U64(uint64_t v) {
    char b[8];
    for (int i = 0; i < 8; ++i) b[i] = static_cast<char>(v >> (8 * i));
    out_.append(b, 8);
  }
  void F64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    U64(bits);
  }
  void Str(std::string_view s) {
    U64(s.size());
    out_.append(s);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  [[nodiscard]] bool U64(uint64_t& v) {
    if (in_.size() < 8) return false;
    v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
    in_.remove_prefix(8);
    return true;
  }
  [[nodiscard]] bool F64(double& v) {
    uint64_t bits;
    if (!U64(bits)) return false;
    std::memcpy(&v, &bits, sizeof v);
    return true;
  }
  [[nodiscard]] bool Str(std::string_view& s) {
    uint64_t n;
    if (!U64(n) || n > in_.size()) return false;
    s = in_.substr(0, n);
    in_.remove_prefix(n);
    return true;
  }
  [[nodiscard]] bool Str(std::string& s) {
    std::string_view v;
    if (!Str(v)) return false;
    s.assign(v);
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace tailwatch

#endif  // TAILWATCH_ENGINE_COMMON_BYTE_IO_H_

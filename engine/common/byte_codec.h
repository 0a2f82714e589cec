// Little helpers for the checkpoint and outbox byte strings (metric store,
// alarm engine, pipeline, daemon, notification outbox): fixed-width
// native-endian integers and doubles, and length-prefixed strings. ByteReader never reads past its
// input; after the first failure every read fails and ok() is false.
#ifndef TAILWATCH_ENGINE_COMMON_BYTE_CODEC_H_
#define TAILWATCH_ENGINE_COMMON_BYTE_CODEC_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace tailwatch::engine {

class ByteWriter {
 public:
  template <class T>
  requires std::is_arithmetic_v<T>
  void Put(T value) {
    char bytes[sizeof(T)];
    std::memcpy(bytes, &value, sizeof(T));
    out_.append(bytes, sizeof(T));
  }
  void PutString(std::string_view text) {
    Put<uint64_t>(text.size());
    out_.append(text);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  template <class T>
  requires std::is_arithmetic_v<T> T Get() {
    T value{};
    if (!ok_ || in_.size() < sizeof(T)) {
      ok_ = false;
      return value;
    }
    std::memcpy(&value, in_.data(), sizeof(T));
    in_.remove_prefix(sizeof(T));
    return value;
  }
  std::string GetString() {
    const auto size = Get<uint64_t>();
    if (!ok_ || in_.size() < size) {
      ok_ = false;
      return {};
    }
    std::string text(in_.substr(0, size));
    in_.remove_prefix(size);
    return text;
  }
  // A count of items each at least `min_item_bytes` long: fails (returns 0)
  // when the input cannot hold that many, so a corrupt count cannot make the
  // caller reserve huge memory.
  uint64_t GetCount(size_t min_item_bytes) {
    const auto count = Get<uint64_t>();
    if (!ok_ || (min_item_bytes > 0 && count > in_.size() / min_item_bytes)) {
      ok_ = false;
      return 0;
    }
    return count;
  }
  bool ok() const { return ok_; }
  bool done() const { return in_.empty(); }
  void Fail() { ok_ = false; }

 private:
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_COMMON_BYTE_CODEC_H_

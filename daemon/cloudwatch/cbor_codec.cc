// The smithy-rpc-v2-cbor half of wire_codecs.h.
#include <cbor.h>

#include <cmath>
#include <memory>
#include <vector>

#include "daemon/cloudwatch/wire_codecs.h"

namespace tailwatch::daemon::cloudwatch {
namespace {

constexpr uint64_t kEpochTimeTag = 1;

CloudWatchError Serialization(std::string message) {
  return CloudWatchError{400, "SerializationException", std::move(message), true};
}

struct ItemRelease {
  void operator()(cbor_item_t* item) const { cbor_decref(&item); }
};
using ItemPtr = std::unique_ptr<cbor_item_t, ItemRelease>;

CwResult<std::string> TextOf(cbor_item_t* item) {
  if (!cbor_isa_string(item)) return tl::unexpected(Serialization("Expected a text string"));
  if (cbor_string_is_definite(item)) {
    return std::string(reinterpret_cast<const char*>(cbor_string_handle(item)),
                       cbor_string_length(item));
  }
  std::string out;
  cbor_item_t** chunks = cbor_string_chunks_handle(item);
  for (size_t i = 0; i < cbor_string_chunk_count(item); ++i) {
    out.append(reinterpret_cast<const char*>(cbor_string_handle(chunks[i])),
               cbor_string_length(chunks[i]));
  }
  return out;
}

CwResult<AwsValue> FromItem(cbor_item_t* item, int depth) {
  if (depth > kMaxRequestDepth) return tl::unexpected(Serialization("Request nesting is too deep"));
  switch (cbor_typeof(item)) {
    case CBOR_TYPE_UINT: {
      const uint64_t value = cbor_get_int(item);
      if (value > static_cast<uint64_t>(INT64_MAX))
        return AwsValue::Double(static_cast<double>(value));
      return AwsValue::Int(static_cast<int64_t>(value));
    }
    case CBOR_TYPE_NEGINT: {
      const uint64_t value = cbor_get_int(item);
      if (value > static_cast<uint64_t>(INT64_MAX)) {
        return AwsValue::Double(-1.0 - static_cast<double>(value));
      }
      return AwsValue::Int(-1 - static_cast<int64_t>(value));
    }
    case CBOR_TYPE_BYTESTRING:
      return tl::unexpected(Serialization("Byte strings are not expected in this API"));
    case CBOR_TYPE_STRING: {
      auto text = TextOf(item);
      if (!text) return tl::unexpected(text.error());
      return AwsValue::String(std::move(*text));
    }
    case CBOR_TYPE_ARRAY: {
      AwsValue list = AwsValue::List();
      cbor_item_t** items = cbor_array_handle(item);
      for (size_t i = 0; i < cbor_array_size(item); ++i) {
        auto value = FromItem(items[i], depth + 1);
        if (!value) return value;
        list.Push(std::move(*value));
      }
      return list;
    }
    case CBOR_TYPE_MAP: {
      AwsValue map = AwsValue::Map();
      struct cbor_pair* pairs = cbor_map_handle(item);
      for (size_t i = 0; i < cbor_map_size(item); ++i) {
        auto key = TextOf(pairs[i].key);
        if (!key) return tl::unexpected(Serialization("Map keys must be text strings"));
        auto value = FromItem(pairs[i].value, depth + 1);
        if (!value) return value;
        map.Set(std::move(*key), std::move(*value));
      }
      return map;
    }
    case CBOR_TYPE_TAG: {
      ItemPtr tagged(cbor_tag_item(item));
      if (cbor_tag_value(item) != kEpochTimeTag) {
        return tl::unexpected(Serialization("Unsupported CBOR tag"));
      }
      auto seconds = FromItem(tagged.get(), depth + 1);
      if (!seconds) return seconds;
      double value = 0;
      if (seconds->kind == AwsValue::Kind::kInt) {
        value = static_cast<double>(seconds->integer);
      } else if (seconds->kind == AwsValue::Kind::kDouble) {
        value = seconds->number;
      } else {
        return tl::unexpected(Serialization("A timestamp must be a number of seconds"));
      }
      if (!std::isfinite(value) || std::fabs(value) > 1e13) {
        return tl::unexpected(Serialization("Timestamp out of range"));
      }
      return AwsValue::TimestampMs(std::llround(value * 1000));
    }
    case CBOR_TYPE_FLOAT_CTRL:
      if (cbor_float_ctrl_is_ctrl(item)) {
        if (cbor_is_bool(item)) return AwsValue::Bool(cbor_get_bool(item));
        return AwsValue();  // null, undefined
      }
      return AwsValue::Double(cbor_float_get_float(item));
  }
  return AwsValue();
}

// Nesting of a CBOR body, measured before cbor_load builds (and cbor_decref
// recursively frees) a tree: a megabyte of nested arrays would otherwise
// exhaust the stack. Walks item headers with libcbor's streaming decoder,
// keeping per open container the items it still holds (-1: indefinite).
class NestingScan {
 public:
  explicit NestingScan(size_t max_depth) : max_depth_(max_depth) {}

  // False when the nesting exceeds the limit; malformed input is left to cbor_load.
  bool Within(std::string_view body) {
    struct cbor_callbacks callbacks = cbor_empty_callbacks;
    callbacks.uint8 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.uint16 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.uint32 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.uint64 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.negint8 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.negint16 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.negint32 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.negint64 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.float2 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.float4 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.float8 = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.boolean = [](void* s, auto) { Self(s).Leaf(); };
    callbacks.null = [](void* s) { Self(s).Leaf(); };
    callbacks.undefined = [](void* s) { Self(s).Leaf(); };
    callbacks.string = [](void* s, auto, auto) { Self(s).Leaf(); };
    callbacks.byte_string = [](void* s, auto, auto) { Self(s).Leaf(); };
    callbacks.string_start = [](void* s) { Self(s).Open(-1); };
    callbacks.byte_string_start = [](void* s) { Self(s).Open(-1); };
    callbacks.indef_array_start = [](void* s) { Self(s).Open(-1); };
    callbacks.indef_map_start = [](void* s) { Self(s).Open(-1); };
    callbacks.array_start = [](void* s, auto n) { Self(s).Open(static_cast<int64_t>(n)); };
    callbacks.map_start = [](void* s, auto n) { Self(s).Open(2 * static_cast<int64_t>(n)); };
    callbacks.tag = [](void* s, auto) { Self(s).Open(1); };
    callbacks.indef_break = [](void* s) { Self(s).Break(); };
    size_t offset = 0;
    while (offset < body.size() && !too_deep_) {
      const struct cbor_decoder_result result =
          cbor_stream_decode(reinterpret_cast<cbor_data>(body.data()) + offset,
                             body.size() - offset, &callbacks, this);
      if (result.status != CBOR_DECODER_FINISHED || result.read == 0) break;
      offset += result.read;
    }
    return !too_deep_;
  }

 private:
  static NestingScan& Self(void* self) { return *static_cast<NestingScan*>(self); }
  void Consume() {
    if (!open_.empty() && open_.back() > 0) --open_.back();
  }
  void Settle() {
    while (!open_.empty() && open_.back() == 0) open_.pop_back();
  }
  void Leaf() {
    Consume();
    Settle();
  }
  void Open(int64_t items) {
    Consume();
    if (items == 0) return Settle();
    open_.push_back(items);
    if (open_.size() > max_depth_) too_deep_ = true;
  }
  void Break() {
    if (!open_.empty() && open_.back() < 0) open_.pop_back();
    Settle();
  }

  size_t max_depth_;
  std::vector<int64_t> open_;
  bool too_deep_ = false;
};

// Appends what a libcbor encoder writes.
template <class Encode>
void Emit(std::string& out, Encode encode) {
  unsigned char buffer[16];
  const size_t n = encode(buffer, sizeof buffer);
  out.append(reinterpret_cast<const char*>(buffer), n);
}

void AppendText(std::string& out, std::string_view text) {
  Emit(out,
       [&](unsigned char* b, size_t n) { return cbor_encode_string_start(text.size(), b, n); });
  out.append(text);
}

void AppendItem(std::string& out, const AwsValue& value) {
  switch (value.kind) {
    case AwsValue::Kind::kNull:
      Emit(out, [](unsigned char* b, size_t n) { return cbor_encode_null(b, n); });
      break;
    case AwsValue::Kind::kBool:
      Emit(out, [&](unsigned char* b, size_t n) { return cbor_encode_bool(value.boolean, b, n); });
      break;
    case AwsValue::Kind::kInt:
      Emit(out, [&](unsigned char* b, size_t n) {
        return value.integer >= 0
                   ? cbor_encode_uint(static_cast<uint64_t>(value.integer), b, n)
                   : cbor_encode_negint(static_cast<uint64_t>(-(value.integer + 1)), b, n);
      });
      break;
    case AwsValue::Kind::kDouble:
      Emit(out, [&](unsigned char* b, size_t n) { return cbor_encode_double(value.number, b, n); });
      break;
    case AwsValue::Kind::kString:
      AppendText(out, value.text);
      break;
    case AwsValue::Kind::kTimestamp:
      Emit(out, [](unsigned char* b, size_t n) { return cbor_encode_tag(kEpochTimeTag, b, n); });
      Emit(out, [&](unsigned char* b, size_t n) {
        return cbor_encode_double(static_cast<double>(value.integer) / 1000.0, b, n);
      });
      break;
    case AwsValue::Kind::kList:
      Emit(out, [&](unsigned char* b, size_t n) {
        return cbor_encode_array_start(value.items.size(), b, n);
      });
      for (const AwsValue& item : value.items) AppendItem(out, item);
      break;
    case AwsValue::Kind::kMap: {
      size_t present = 0;
      for (const auto& member : value.members) {
        if (member.second.kind != AwsValue::Kind::kNull) ++present;
      }
      Emit(out, [&](unsigned char* b, size_t n) { return cbor_encode_map_start(present, b, n); });
      for (const auto& [name, member] : value.members) {
        if (member.kind == AwsValue::Kind::kNull) continue;
        AppendText(out, name);
        AppendItem(out, member);
      }
      break;
    }
  }
}

}  // namespace

CwResult<AwsValue> ParseCborBody(std::string_view body) {
  if (body.empty()) return AwsValue::Map();
  if (!NestingScan(kMaxRequestDepth).Within(body)) {
    return tl::unexpected(Serialization("Request nesting is too deep"));
  }
  struct cbor_load_result result;
  ItemPtr root(cbor_load(reinterpret_cast<cbor_data>(body.data()), body.size(), &result));
  if (!root || result.error.code != CBOR_ERR_NONE) {
    return tl::unexpected(Serialization("Request body is not valid CBOR"));
  }
  if (result.read != body.size()) {
    return tl::unexpected(Serialization("Request body has bytes after its CBOR item"));
  }
  if (!cbor_isa_map(root.get()))
    return tl::unexpected(Serialization("Request body must be a CBOR map"));
  return FromItem(root.get(), 0);
}

std::string CborBody(const AwsValue& value) {
  std::string out;
  AppendItem(out, value);
  return out;
}

}  // namespace tailwatch::daemon::cloudwatch

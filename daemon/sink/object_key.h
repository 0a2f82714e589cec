// The key of a shipped object (docs/s3.md):
//
//   PREFIX/GROUP/STREAM/YYYY/MM/DD/HH/SOURCE-FIRST-LAST.gz
//
// GROUP and STREAM are percent-encoded (every byte but A-Z a-z 0-9 . _ -
// becomes %XX, so '/' in "/aws/app" or in a file path keeps the levels
// intact and the key decodes back). YYYY/MM/DD/HH is the UTC hour the batch
// was opened in. SOURCE says where the bytes are: "f<dev>.<inode>.<generation>"
// for a tailed file (FIRST/LAST: the byte range [FIRST, LAST) of that file)
// or "journal" for pushed events (FIRST/LAST: push-journal sequence numbers,
// both included). FIRST and LAST are 20-digit zero-padded so the keys of one
// stream list in order. The key is a pure function of these parts: a batch
// rebuilt after a crash gets the same key.
#ifndef TAILWATCH_DAEMON_SINK_OBJECT_KEY_H_
#define TAILWATCH_DAEMON_SINK_OBJECT_KEY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tailwatch::sink {

struct ObjectKeyParts {
  std::string prefix;  // may be empty
  std::string log_group;
  std::string log_stream;
  int64_t hour_ms = 0;  // any time in the hour
  std::string source_id;
  uint64_t first = 0;
  uint64_t last = 0;
};

// One key segment: every byte but RFC 3986's unreserved ones as %XX
// (notify::UriEncode), so a '/' in a group or stream name stays inside it.
std::string EscapeKeySegment(std::string_view text);
// Undoes EscapeKeySegment; nullopt for a bad %XX.
std::optional<std::string> UnescapeKeySegment(std::string_view text);

std::string MakeObjectKey(const ObjectKeyParts& parts);
// Reads a key made by MakeObjectKey under `prefix`; nullopt for any other key.
std::optional<ObjectKeyParts> ParseObjectKey(std::string_view key, std::string_view prefix);

// "f<dev>.<inode>.<generation>"
std::string FileSourceId(uint64_t dev, uint64_t inode, uint64_t generation);
inline constexpr std::string_view kJournalSourceId = "journal";

}  // namespace tailwatch::sink

#endif  // TAILWATCH_DAEMON_SINK_OBJECT_KEY_H_

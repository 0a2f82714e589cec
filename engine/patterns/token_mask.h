// Masking of the variable parts of a log line, the first step of pattern
// mining (docs/patterns.md "Masking").
//
// A line is split on blanks (space, tab, CR, LF) into tokens. Inside a token,
// the pieces between delimiters (`=`, `:`, `,`, `;`, brackets, quotes, `|`)
// that hold a decimal digit are variable: numbers, hex and UUIDs, IPs and
// ports, timestamps, ids like `blk_-1608` or `container_01`, versioned paths.
// A token wrapped in quotes is variable as a whole. So `size=1024` becomes
// `size=<*>` and `10.0.0.1:8080` becomes `<*>:<*>`, while `chrome.exe` and
// `ERROR` stay as they are.
//
// Each token comes back as a view into the line plus a 64-bit hash of its
// masked form (kWildcardHash when the whole token is variable), which is
// what the miner compares. Building the masked text is a separate, slower
// call made only when a pattern is created.
//
// Pure; MaskTokens does not allocate once `out` has grown to the longest line.
#ifndef TAILWATCH_ENGINE_PATTERNS_TOKEN_MASK_H_
#define TAILWATCH_ENGINE_PATTERNS_TOKEN_MASK_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tailwatch::engine::patterns {

// The hash of a token that is variable as a whole (`<*>`).
inline constexpr uint64_t kWildcardHash = 0x2a2a2a2a2a2a2a2aULL;

// Tokens past this many are folded into one variable last token, so a
// pathological line costs bounded work and memory.
inline constexpr size_t kMaxTokens = 128;

struct MaskedToken {
  std::string_view text;  // the raw token, a view into the line
  uint64_t hash;          // hash of the masked token; kWildcardHash if all variable
};

// The hash of one raw token's masked form.
uint64_t HashToken(std::string_view token);

// Splits and masks `line` into `out` (cleared first). The line is classified
// 16 bytes at a time (SSE2) into bitmaps, and each token's facts (digits,
// key, name) are single bits of them, so the token loop has few branches
// and does not walk the token's bytes except to hash them.
void MaskTokens(std::string_view line, std::vector<MaskedToken>& out);

// The same result, one byte at a time: the reference MaskTokens is tested
// against, and its path for lines longer than 4 KiB.
void MaskTokensScalar(std::string_view line, std::vector<MaskedToken>& out);

// The masked text of one raw token: `size=1024` -> `size=<*>`.
std::string MaskedText(std::string_view token);

}  // namespace tailwatch::engine::patterns

#endif  // TAILWATCH_ENGINE_PATTERNS_TOKEN_MASK_H_

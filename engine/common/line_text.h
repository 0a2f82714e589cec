// Small views of a log line's text shared by the stores that keep lines
// (alarm sample lines, a filter's recent matches).
#ifndef TAILWATCH_ENGINE_COMMON_LINE_TEXT_H_
#define TAILWATCH_ENGINE_COMMON_LINE_TEXT_H_

#include <cstddef>
#include <string_view>

namespace tailwatch::engine {

// `text` cut to at most `limit` bytes, never inside a UTF-8 character.
inline std::string_view CutUtf8(std::string_view text, size_t limit) {
  if (text.size() <= limit) return text;
  size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xc0) == 0x80) --cut;
  return text.substr(0, cut);
}

// `message` without its trailing line terminators ("\n", "\r\n").
inline std::string_view WithoutTerminator(std::string_view message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == '\r')) {
    message.remove_suffix(1);
  }
  return message;
}

}  // namespace tailwatch::engine

#endif  // TAILWATCH_ENGINE_COMMON_LINE_TEXT_H_

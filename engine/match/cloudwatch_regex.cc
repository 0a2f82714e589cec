#include "engine/match/cloudwatch_regex.h"

#include <cctype>

namespace tailwatch::engine {
namespace {

bool IsLiteralChar(unsigned char c) {
  if (std::isalnum(c)) return true;
  switch (c) {
    case ':':
    case '_':
    case '#':
    case '=':
    case '@':
    case '/':
    case ';':
    case ',':
    case '-':
    case ' ':
      return true;
    default:
      return false;
  }
}

bool IsOperatorChar(char c) {
  switch (c) {
    case '^':
    case '$':
    case '?':
    case '[':
    case ']':
    case '{':
    case '}':
    case '|':
    case '\\':
    case '*':
    case '+':
    case '.':
      return true;
    default:
      return false;
  }
}

bool IsHex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

re2::RE2::Options CloudWatchRegex::Re2Options() {
  re2::RE2::Options options;
  options.set_encoding(re2::RE2::Options::EncodingLatin1);
  options.set_dot_nl(true);
  options.set_case_sensitive(true);
  options.set_log_errors(false);
  options.set_never_capture(true);
  return options;
}

Result<CloudWatchRegex> CloudWatchRegex::Compile(std::string_view body) {
  if (body.empty()) return MakeError("empty regular expression", 1);
  std::string out;
  out.reserve(body.size() + 16);
  bool in_class = false;
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    const int column = static_cast<int>(i) + 1;
    const auto uc = static_cast<unsigned char>(c);
    if (uc >= 0x80) {
      return MakeError("multi-byte characters are not allowed in a regular expression", column);
    }
    if (c == '(' || c == ')') {
      return MakeError("parentheses (groups) are not allowed in a regular expression", column);
    }
    if (c == '\\') {
      if (i + 1 >= body.size()) return MakeError("regular expression ends with '\\'", column);
      const char e = body[i + 1];
      switch (e) {
        case 'd':
        case 'D':
        case 'w':
        case 'W':
          out += '\\';
          out += e;
          ++i;
          continue;
        case 's':
          out += in_class ? "\\t\\n " : "[\\t\\n ]";
          ++i;
          continue;
        case 'S':
          out += in_class ? "\\S" : "[^\\t\\n ]";
          ++i;
          continue;
        case 'x':
          if (i + 3 < body.size() && IsHex(body[i + 2]) && IsHex(body[i + 3])) {
            out.append(body.substr(i, 4));
            i += 3;
            continue;
          }
          return MakeError("\\x must be followed by two hex digits", column);
        default:
          if (IsOperatorChar(e) || e == '-' || e == '/') {
            out += '\\';
            out += e;
            ++i;
            continue;
          }
          return MakeError(std::string("unsupported escape '\\") + e + "' in regular expression",
                           column);
      }
    }
    if (c == '[' && !in_class) {
      in_class = true;
      out += c;
      continue;
    }
    if (c == ']' && in_class) {
      in_class = false;
      out += c;
      continue;
    }
    if (c == '{' && !in_class && i + 1 < body.size() && body[i + 1] == ',') {
      out += "{0";  // CloudWatch allows "{,n}"; RE2 needs the lower bound
      continue;
    }
    if (IsLiteralChar(uc) || IsOperatorChar(c)) {
      out += c;
      continue;
    }
    return MakeError(std::string("invalid character '") + c + "' in regular expression", column);
  }
  if (in_class) return MakeError("unterminated '[' in regular expression", 1);

  auto re2 = std::make_shared<const re2::RE2>(out, Re2Options());
  if (!re2->ok()) {
    return MakeError("invalid regular expression: " + re2->error(), 1);
  }
  CloudWatchRegex regex;
  regex.re2_ = std::move(re2);
  regex.source_ = std::string(body);
  return regex;
}

}  // namespace tailwatch::engine

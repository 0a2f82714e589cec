// Error values for everything that can fail on bad input.
//
// `Result<T>` is tl::expected (std::expected from C++23 on); `Status` is the
// value-less form. An Error carries:
//   - a code, which callers branch on (never on the message's text);
//   - a message for people;
//   - when the error is about a position in some text (a pattern, a config
//     file), its 1-based line and column; 0 means "no position";
//   - when the error is about a field of a validated struct, the field's path
//     in its config spelling, outermost first ({"dimensions", "host"}); the
//     config loader turns it into the YAML node's file:line:col.
// Nothing on the data path throws: failures travel as values.
#ifndef TAILWATCH_ENGINE_COMMON_STATUS_H_
#define TAILWATCH_ENGINE_COMMON_STATUS_H_

#include <string>
#include <tl/expected.hpp>
#include <utility>
#include <vector>

namespace tailwatch {

enum class ErrorCode {
  kInvalidArgument,  // bad input: a pattern, a config value, a request
  kConnect,          // a network peer could not be reached (resolve, connect, reset)
  kTls,              // TLS set-up or handshake failed
  kTimeout,          // a network step ran out of time
  kProtocol,         // the peer's reply could not be read as the protocol's
};

struct Error {
  std::string message;
  int line = 0;    // 1-based; 0 = not about a line
  int column = 0;  // 1-based; 0 = not about a column
  ErrorCode code = ErrorCode::kInvalidArgument;
  std::vector<std::string> field;  // empty = not about one field

  // "column 7: message" when a column is known, else the message.
  std::string ToString() const;
};

template <class T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

[[nodiscard]] inline tl::unexpected<Error> MakeError(std::string message, int column = 0,
                                                     int line = 0) {
  return tl::unexpected<Error>(
      Error{std::move(message), line, column, ErrorCode::kInvalidArgument, {}});
}

[[nodiscard]] inline Status OkStatus() { return {}; }

}  // namespace tailwatch

#endif  // TAILWATCH_ENGINE_COMMON_STATUS_H_

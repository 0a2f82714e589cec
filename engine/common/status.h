// Error values for everything that can fail on bad input.
//
// `Result<T>` is tl::expected (std::expected from C++23 on); `Status` is the
// value-less form. An Error carries a message and, when the error is about a
// position in some text (a pattern, a config file), its 1-based line and
// column; 0 means "no position". Nothing on the data path throws: failures
// travel as values.
#ifndef TAILWATCH_ENGINE_COMMON_STATUS_H_
#define TAILWATCH_ENGINE_COMMON_STATUS_H_

#include <string>
#include <tl/expected.hpp>
#include <utility>

namespace tailwatch {

struct Error {
  std::string message;
  int line = 0;    // 1-based; 0 = not about a line
  int column = 0;  // 1-based; 0 = not about a column

  // "column 7: message" when a column is known, else the message.
  std::string ToString() const;
};

template <class T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

[[nodiscard]] inline tl::unexpected<Error> MakeError(std::string message, int column = 0,
                                                     int line = 0) {
  return tl::unexpected<Error>(Error{std::move(message), line, column});
}

[[nodiscard]] inline Status OkStatus() { return {}; }

}  // namespace tailwatch

#endif  // TAILWATCH_ENGINE_COMMON_STATUS_H_

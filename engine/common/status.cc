#include "engine/common/status.h"

namespace tailwatch {

std::string Error::ToString() const {
  if (column > 0) return "column " + std::to_string(column) + ": " + message;
  return message;
}

}  // namespace tailwatch

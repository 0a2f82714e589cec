// `tailwatch test-pattern` (placeholder until implemented).
#include <cstdio>

#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {

int RunTestPattern(Args /*args*/) {
  std::fputs("tailwatch test-pattern: not implemented yet\n", stderr);
  return kExitInternal;
}

}  // namespace tailwatch::tools

// `tailwatch replay` (placeholder until implemented).
#include <cstdio>

#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {

int RunReplay(Args /*args*/) {
  std::fputs("tailwatch replay: not implemented yet\n", stderr);
  return kExitInternal;
}

}  // namespace tailwatch::tools

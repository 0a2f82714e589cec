// `tailwatch check-config` (placeholder until implemented).
#include <cstdio>

#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {

int RunCheckConfig(Args /*args*/) {
  std::fputs("tailwatch check-config: not implemented yet\n", stderr);
  return kExitInternal;
}

}  // namespace tailwatch::tools

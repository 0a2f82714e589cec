// `tailwatch test-alarm` (placeholder until implemented).
#include <cstdio>

#include "tools/tailwatch/commands.h"

namespace tailwatch::tools {

int RunTestAlarm(Args /*args*/) {
  std::fputs("tailwatch test-alarm: not implemented yet\n", stderr);
  return kExitInternal;
}

}  // namespace tailwatch::tools

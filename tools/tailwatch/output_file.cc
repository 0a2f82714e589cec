#include "tools/tailwatch/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace tailwatch::tools {

bool WriteOutput(const std::string& path, std::string_view text, std::string_view command) {
  if (path.empty() || path == "-") {
    return std::fwrite(text.data(), 1, text.size(), stdout) == text.size() &&
           std::fflush(stdout) == 0;
  }
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
      std::fprintf(stderr, "tailwatch %.*s: cannot write %s: %s\n",
                   static_cast<int>(command.size()), command.data(), temp.c_str(),
                   std::strerror(errno));
      std::error_code ec;
      std::filesystem::remove(temp, ec);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    std::fprintf(stderr, "tailwatch %.*s: cannot write %s: %s\n", static_cast<int>(command.size()),
                 command.data(), path.c_str(), ec.message().c_str());
    std::filesystem::remove(temp, ec);
    return false;
  }
  return true;
}

}  // namespace tailwatch::tools

// Helpers shared by the config tests: a scratch directory and a compact view
// of diagnostics ("LINE:COL: message").
#ifndef TAILWATCH_TESTS_CONFIG_CONFIG_TEST_UTIL_H_
#define TAILWATCH_TESTS_CONFIG_CONFIG_TEST_UTIL_H_

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/config.h"

namespace tailwatch::config::testing {

// A fresh directory under $TMPDIR, removed with its contents at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "tailwatch-config-XXXXXX");
    path_ = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  // Writes `text` to path()/name (creating folders) and returns the full path.
  std::string Write(const std::string& name, const std::string& text) const {
    const std::filesystem::path full = std::filesystem::path(path_) / name;
    std::filesystem::create_directories(full.parent_path());
    std::ofstream(full, std::ios::binary) << text;
    return full.string();
  }

 private:
  std::string path_;
};

// "LINE:COL: message" per error (file name left out).
inline std::vector<std::string> ErrorLines(const LoadResult& result) {
  std::vector<std::string> out;
  for (const Diagnostic& d : result.errors) {
    out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  }
  return out;
}

inline void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  for (size_t at = text->find(from); at != std::string::npos; at = text->find(from, at)) {
    text->replace(at, from.size(), to);
    at += to.size();
  }
}

}  // namespace tailwatch::config::testing

#endif  // TAILWATCH_TESTS_CONFIG_CONFIG_TEST_UTIL_H_

// Runs `promtool check metrics` on an exposition, for tests.
#ifndef TAILWATCH_TESTS_DAEMON_EXPORT_PROMTOOL_H_
#define TAILWATCH_TESTS_DAEMON_EXPORT_PROMTOOL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace tailwatch::testing {

inline bool HavePromtool() { return std::system("command -v promtool >/dev/null 2>&1") == 0; }

struct PromtoolResult {
  int exit_code = -1;
  std::string findings;  // promtool's stderr
};

inline PromtoolResult PromtoolCheckMetrics(const std::string& exposition) {
  char dir_template[] = "/tmp/tailwatch_promtool_XXXXXX";
  PromtoolResult result;
  const char* dir = ::mkdtemp(dir_template);
  if (dir == nullptr) return result;
  const std::string input = std::string(dir) + "/metrics.prom";
  const std::string errors = std::string(dir) + "/stderr.txt";
  std::ofstream(input, std::ios::binary) << exposition;
  const std::string command =
      "promtool check metrics < '" + input + "' > /dev/null 2> '" + errors + "'";
  const int status = std::system(command.c_str());
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(errors);
  std::stringstream text;
  text << in.rdbuf();
  result.findings = text.str();
  std::remove(input.c_str());
  std::remove(errors.c_str());
  ::rmdir(dir);
  return result;
}

}  // namespace tailwatch::testing

#endif  // TAILWATCH_TESTS_DAEMON_EXPORT_PROMTOOL_H_

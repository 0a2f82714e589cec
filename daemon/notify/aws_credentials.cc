#include "daemon/notify/aws_credentials.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace tailwatch::notify {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::string ProcessEnv(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

Result<AwsCredentials> ParseSharedCredentials(std::string_view text, std::string_view profile,
                                              const std::string& display_name) {
  AwsCredentials creds;
  bool in_profile = false, seen = false;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = Trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (line.empty() || line.front() == '#' || line.front() == ';') continue;
    if (line.front() == '[' && line.back() == ']') {
      std::string_view name = Trim(line.substr(1, line.size() - 2));
      if (name.rfind("profile ", 0) == 0) name = Trim(name.substr(8));
      in_profile = name == profile;
      seen |= in_profile;
      continue;
    }
    if (!in_profile) continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;
    const std::string_view key = Trim(line.substr(0, eq));
    const std::string value(Trim(line.substr(eq + 1)));
    if (key == "aws_access_key_id") creds.access_key_id = value;
    if (key == "aws_secret_access_key") creds.secret_access_key = value;
    if (key == "aws_session_token") creds.session_token = value;
  }
  if (!seen) return MakeError(display_name + ": no profile [" + std::string(profile) + "]");
  if (creds.empty()) {
    return MakeError(display_name + ": profile [" + std::string(profile) +
                     "] lacks aws_access_key_id or aws_secret_access_key");
  }
  return creds;
}

Result<AwsCredentials> ResolveAwsCredentials(const config::TargetConfig& target,
                                             const GetEnv& getenv) {
  return ResolveConfiguredAwsCredentials(
      AwsCredentials{target.aws_access_key_id, target.aws_secret_access_key,
                     target.aws_session_token},
      getenv);
}

Result<AwsCredentials> ResolveConfiguredAwsCredentials(const AwsCredentials& configured,
                                                       const GetEnv& getenv) {
  AwsCredentials creds = configured;
  if (!creds.empty()) return creds;
  creds = AwsCredentials{getenv("AWS_ACCESS_KEY_ID"), getenv("AWS_SECRET_ACCESS_KEY"),
                         getenv("AWS_SESSION_TOKEN")};
  if (!creds.empty()) return creds;
  std::string path = getenv("AWS_SHARED_CREDENTIALS_FILE");
  if (path.empty()) {
    const std::string home = getenv("HOME");
    if (home.empty()) return MakeError("no AWS credentials (environment, credentials file)");
    path = home + "/.aws/credentials";
  }
  std::string profile = getenv("AWS_PROFILE");
  if (profile.empty()) profile = "default";
  std::ifstream in(path);
  if (!in) {
    return MakeError("no AWS credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY unset and " +
                     path + " not readable");
  }
  std::stringstream text;
  text << in.rdbuf();
  return ParseSharedCredentials(text.str(), profile, path);
}

}  // namespace tailwatch::notify

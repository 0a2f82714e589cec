#include "config/secrets.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace tailwatch::config {
namespace {

constexpr std::string_view kSpace = " \t\r\n\f\v";

std::string_view Trim(std::string_view s) {
  const size_t begin = s.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  const size_t end = s.find_last_not_of(kSpace);
  return s.substr(begin, end - begin + 1);
}

Result<std::string> ReadWhole(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return MakeError("cannot read '" + path + "': Is a directory");
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    return MakeError("cannot read '" + path +
                     "': " + (err != 0 ? std::strerror(err) : "cannot open"));
  }
  std::string data;
  char buffer[4096];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    data.append(buffer, static_cast<size_t>(in.gcount()));
    if (data.size() > kMaxSecretBytes) {
      return MakeError("'" + path + "' is larger than " + std::to_string(kMaxSecretBytes) +
                       " bytes");
    }
  }
  if (in.bad()) return MakeError("cannot read '" + path + "': read error");
  return data;
}

}  // namespace

Status CheckReadable(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return MakeError("cannot read '" + path + "': Is a directory");
  }
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    return MakeError("cannot read '" + path +
                     "': " + (err != 0 ? std::strerror(err) : "cannot open"));
  }
  return OkStatus();
}

Result<std::string> ReadSecretFile(const std::string& path) {
  Result<std::string> data = ReadWhole(path);
  if (!data) return data;
  std::string_view trimmed(*data);
  const size_t end = trimmed.find_last_not_of(kSpace);
  trimmed = end == std::string_view::npos ? std::string_view() : trimmed.substr(0, end + 1);
  if (trimmed.empty()) return MakeError("'" + path + "' is empty");
  return std::string(trimmed);
}

Result<AwsCredentials> ReadAwsCredentials(const std::string& path, std::string_view profile) {
  Result<std::string> data = ReadWhole(path);
  if (!data) return tl::unexpected(data.error());
  AwsCredentials creds;
  bool found = false;
  bool in_profile = false;
  std::istringstream lines(*data);
  std::string raw;
  while (std::getline(lines, raw)) {
    const std::string_view line = Trim(raw);
    if (line.empty() || line.front() == '#' || line.front() == ';') continue;
    if (line.front() == '[') {
      std::string_view name = Trim(line.substr(1, line.find(']') - 1));
      if (name.starts_with("profile ")) name = Trim(name.substr(8));
      in_profile = name == profile;
      found = found || in_profile;
      continue;
    }
    if (!in_profile) continue;
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos) continue;  // not ours to judge; never echo it
    const std::string_view key = Trim(line.substr(0, eq));
    const std::string_view value = Trim(line.substr(eq + 1));
    if (key == "aws_access_key_id") creds.access_key_id = value;
    if (key == "aws_secret_access_key") creds.secret_access_key = value;
    if (key == "aws_session_token") creds.session_token = value;
  }
  const std::string where = "'" + path + "'";
  if (!found) return MakeError("no profile '" + std::string(profile) + "' in " + where);
  if (creds.access_key_id.empty() || creds.secret_access_key.empty()) {
    return MakeError("profile '" + std::string(profile) + "' in " + where +
                     " lacks aws_access_key_id or aws_secret_access_key");
  }
  return creds;
}

}  // namespace tailwatch::config

// Reading secret files named by the config (auth tokens, HMAC keys, AWS
// credentials) at load time, so a wrong path fails check-config rather than
// the first notification. No error message ever contains file contents.
#ifndef TAILWATCH_CONFIG_SECRETS_H_
#define TAILWATCH_CONFIG_SECRETS_H_

#include <string>
#include <string_view>

#include "engine/common/status.h"

namespace tailwatch::config {

inline constexpr size_t kMaxSecretBytes = 64 * 1024;

// The file's contents without trailing whitespace (editors add a newline).
// Errors: unreadable ("cannot read 'PATH': No such file or directory"),
// empty, larger than kMaxSecretBytes.
Result<std::string> ReadSecretFile(const std::string& path);

// OK when `path` can be opened for reading (certificates, CA bundles).
Status CheckReadable(const std::string& path);

struct AwsCredentials {
  std::string access_key_id;
  std::string secret_access_key;
  std::string session_token;  // may be empty
};

// `profile` from an AWS shared credentials file (INI: `[name]` or
// `[profile name]`, keys aws_access_key_id, aws_secret_access_key,
// aws_session_token). Errors name the file and profile, never a value.
Result<AwsCredentials> ReadAwsCredentials(const std::string& path, std::string_view profile);

}  // namespace tailwatch::config

#endif  // TAILWATCH_CONFIG_SECRETS_H_

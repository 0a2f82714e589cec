// Where the SNS target's AWS credentials come from, in this order (the AWS
// SDKs' default chain, minus instance metadata):
//   1. the target's own credentials_file/profile, already loaded by config/
//      into TargetConfig::aws_access_key_id/..;
//   2. the environment: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN;
//   3. the shared credentials file: $AWS_SHARED_CREDENTIALS_FILE or
//      $HOME/.aws/credentials, profile $AWS_PROFILE or "default".
// The environment is read through `getenv` so tests can pass a fake one.
#ifndef TAILWATCH_DAEMON_NOTIFY_AWS_CREDENTIALS_H_
#define TAILWATCH_DAEMON_NOTIFY_AWS_CREDENTIALS_H_

#include <functional>
#include <string>
#include <string_view>

#include "config/config.h"
#include "daemon/notify/sigv4.h"
#include "engine/common/status.h"

namespace tailwatch::notify {

using GetEnv = std::function<std::string(const char* name)>;  // "" when unset

// The process environment.
std::string ProcessEnv(const char* name);

// Parses an AWS shared credentials file (INI) and returns `profile`'s keys;
// an error names the file and what is missing.
Result<AwsCredentials> ParseSharedCredentials(std::string_view text, std::string_view profile,
                                              const std::string& display_name);

// The chain above for `target`; an error when no source has a key pair.
Result<AwsCredentials> ResolveAwsCredentials(const config::TargetConfig& target,
                                             const GetEnv& getenv = ProcessEnv);
// The same chain with `configured` as step 1 (an S3 sink's own keys).
Result<AwsCredentials> ResolveConfiguredAwsCredentials(const AwsCredentials& configured,
                                                       const GetEnv& getenv = ProcessEnv);

}  // namespace tailwatch::notify

#endif  // TAILWATCH_DAEMON_NOTIFY_AWS_CREDENTIALS_H_

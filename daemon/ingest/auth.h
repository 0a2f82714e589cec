// Token checks for the ingestion endpoints (and /metrics when protected).
//
// A client proves it holds the configured token in one of two ways:
//   - `Authorization: Bearer <token>` (push clients, curl);
//   - an AWS SigV4 header `Authorization: AWS4-HMAC-SHA256
//     Credential=<token>/<date>/<region>/<service>/aws4_request, ...`, i.e. the
//     token is the access key id (the AWS CLI and SDKs, which can only send
//     SigV4).
// The SigV4 signature is NOT verified: verifying it needs a secret key shared
// with every client, and tailwatch has exactly one shared secret, the token.
// Making the token the access key id means a client that knows it is
// authorized; the signature would add nothing that a second secret would not.
// Use TLS when the listener is not loopback, since the token travels in clear.
//
// Pure functions; thread-safe.
#ifndef TAILWATCH_DAEMON_INGEST_AUTH_H_
#define TAILWATCH_DAEMON_INGEST_AUTH_H_

#include <string_view>

namespace tailwatch::daemon {

// The credential presented by an Authorization header value: the bearer token,
// or the SigV4 access key id. "" when the header has neither form (absent,
// Basic, malformed). The scheme names are case-insensitive ("bearer" works).
std::string_view PresentedToken(std::string_view authorization);

// Constant-time equality of `presented` and `token` (both hashed with SHA-256
// first, so neither the content nor the length leaks through timing). False
// when `token` is empty: an empty configured token means "no auth" and is
// handled by the caller, never matched.
bool TokenMatches(std::string_view presented, std::string_view token);

}  // namespace tailwatch::daemon

#endif  // TAILWATCH_DAEMON_INGEST_AUTH_H_

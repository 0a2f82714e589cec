#include "daemon/ingest/auth.h"

#include <openssl/crypto.h>
#include <openssl/sha.h>

#include <cstddef>

namespace tailwatch::daemon {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t'; }

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

std::string_view PresentedToken(std::string_view authorization) {
  std::string_view value = TrimSpaces(authorization);
  const size_t space = value.find_first_of(" \t");
  if (space == std::string_view::npos) return {};
  const std::string_view scheme = value.substr(0, space);
  std::string_view rest = TrimSpaces(value.substr(space));
  if (EqualsIgnoreCase(scheme, "Bearer")) {
    // A token68 has no inner spaces; anything after one is not ours.
    if (rest.find_first_of(" \t") != std::string_view::npos) return {};
    return rest;
  }
  if (EqualsIgnoreCase(scheme, "AWS4-HMAC-SHA256")) {
    // "Credential=AKID/20261129/us-east-1/logs/aws4_request, SignedHeaders=..., Signature=..."
    // The parameters may come in any order, separated by ',' and spaces.
    while (!rest.empty()) {
      const size_t comma = rest.find(',');
      std::string_view param = TrimSpaces(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      constexpr std::string_view kCredential = "Credential=";
      if (param.size() >= kCredential.size() &&
          EqualsIgnoreCase(param.substr(0, kCredential.size()), kCredential)) {
        std::string_view credential = param.substr(kCredential.size());
        const size_t slash = credential.find('/');
        if (slash == std::string_view::npos) return {};  // no scope: malformed
        return credential.substr(0, slash);
      }
    }
  }
  return {};
}

bool TokenMatches(std::string_view presented, std::string_view token) {
  if (token.empty()) return false;
  unsigned char a[SHA256_DIGEST_LENGTH];
  unsigned char b[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(presented.data()), presented.size(), a);
  SHA256(reinterpret_cast<const unsigned char*>(token.data()), token.size(), b);
  return CRYPTO_memcmp(a, b, sizeof a) == 0;
}

}  // namespace tailwatch::daemon

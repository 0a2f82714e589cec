#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what the pinned clang-format
# (Debian 12's clang-format-14) makes of it; `make format` fixes the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format="${CLANG_FORMAT:-clang-format-14}"
if ! command -v "$clang_format" >/dev/null; then
  echo "check-format: $clang_format not found (tools/install-deps.sh installs it)" >&2
  exit 1
fi
bad=$(git ls-files '*.h' '*.cc' | while read -r f; do
  "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1 || echo "$f"
done)
if [ -n "$bad" ]; then
  echo "check-format: these files are not formatted (run 'make format'):" >&2
  echo "$bad" | sed 's/^/  /' >&2
  exit 1
fi
echo "check-format: $(git ls-files '*.h' '*.cc' | wc -l) files formatted"

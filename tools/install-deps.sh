#!/usr/bin/env bash
# Installs the Debian packages tailwatch needs to build, test and benchmark.
# Idempotent: when everything is present it only checks, in about a second.
# Usage: tools/install-deps.sh [build|test|bench]   (default: test)
set -euo pipefail

level="${1:-test}"

build_pkgs=(
  build-essential cmake pkg-config ccache make
  libboost-dev libsimdjson-dev libre2-dev prometheus-cpp-dev libyaml-cpp-dev libexpected-dev
  libgtest-dev libgmock-dev libbenchmark-dev libssl-dev libsystemd-dev zlib1g-dev libhyperscan-dev
  libtinyxml2-dev libcbor-dev tzdata
)
test_pkgs=(
  clang-14 clang-format-14 libclang-rt-14-dev curl python3 systemd dpkg-dev
  prometheus prometheus-alertmanager awscli python3-botocore systemd-journal-remote
  chromium chromium-driver python3-selenium
  # The Node.js Logs clients test (tests/integration/node_logs_clients.sh) also
  # needs npm: Debian's npm package, or the one bundled with other nodejs builds.
  nodejs
)
bench_pkgs=(mtail ripgrep wrk linux-perf valgrind)

pkgs=("${build_pkgs[@]}")
case "$level" in
  build) ;;
  test) pkgs+=("${test_pkgs[@]}") ;;
  bench) pkgs+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
  *) echo "usage: $0 [build|test|bench]" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  # libhyperscan-dev exists only on x86-64; elsewhere tailwatch builds without it.
  if [[ "$p" == libhyperscan-dev && "$(dpkg --print-architecture)" != amd64 ]]; then continue; fi
  status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo=()
if [[ "$(id -u)" != 0 ]]; then sudo=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"

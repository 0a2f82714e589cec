#!/usr/bin/env bash
# The tailwatch .deb: built with CPack from the build dir, inspected with dpkg-deb, then
# installed, reinstalled, removed and purged with the real dpkg into a throwaway root:
#
#   dpkg --root=$work/root --force-script-chrootless -i tailwatch_*.deb
#
# The throwaway dpkg database holds this machine's own records of the packages the .deb
# depends on, so dpkg checks the real Depends (computed by dpkg-shlibdeps) against
# "a machine with the runtime libraries installed" -- this one. The maintainer scripts run
# with DPKG_ROOT set: systemd-sysusers --root creates the account, deb-systemd-helper enables
# the unit, both inside the root; nothing is started. Then the installed
# `tailwatch check-config /etc/tailwatch/tailwatch.yaml` runs (on the host's libraries) and
# the installed unit passes systemd-analyze verify. The test fails if any trace of tailwatch
# (account, package, files, enablement) appears on or changes on this machine.
# Usage: deb_package.sh BUILD_DIR SOURCE_DIR
set -u
# Absolute: the paths go into unit files and other processes' command lines.
build_dir=$(cd "$1" && pwd)
# $2, the source dir, is not needed: CPack packages what the build dir installs.
for program in cpack dpkg dpkg-deb dpkg-shlibdeps; do
  if ! command -v "$program" >/dev/null; then
    echo "SKIP: $program not installed (tools/install-deps.sh test installs dpkg-dev)" >&2
    exit 77
  fi
done
if [[ ! -f "$build_dir/CPackConfig.cmake" ]]; then
  echo "SKIP: $build_dir/CPackConfig.cmake missing (is cmake/install.cmake included?)" >&2
  exit 77
fi
if [[ ! -x "$build_dir/daemon/tailwatchd" || ! -x "$build_dir/tools/tailwatch" ]]; then
  echo "SKIP: tailwatchd and tailwatch are not both built in $build_dir" >&2
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
pass() { echo "ok   $*"; }

# What must not change on this machine: every trace tailwatch's package could leave on it
# (targeted, so that other packages installed meanwhile do not make this test flaky).
host_state() {
  grep '^tailwatch:' /etc/passwd /etc/group /etc/shadow 2>/dev/null
  dpkg-query -W -f='${Status} ${Version}\n' tailwatch 2>&1
  ls -la /etc/tailwatch /var/lib/tailwatch /usr/bin/tailwatchd /usr/bin/tailwatch \
    /usr/lib/systemd/system/tailwatch.service /lib/systemd/system/tailwatch.service \
    /usr/lib/sysusers.d/tailwatch.conf /etc/systemd/system/multi-user.target.wants/tailwatch.service \
    /var/lib/systemd/deb-systemd-helper-enabled/tailwatch.service.dsh-also \
    /var/lib/systemd/deb-systemd-helper-enabled/multi-user.target.wants/tailwatch.service \
    /var/lib/systemd/deb-systemd-helper-masked/tailwatch.service 2>&1
}
host_state >"$work/host.before"

# ---- build -------------------------------------------------------------------------------
# -B: the package and CPack's staging tree go to $work, so parallel runs never share them.
if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/pkg" >"$work/cpack.out" 2>&1; then
  fail "cpack -G DEB:"$'\n'"$(cat "$work/cpack.out")"
  exit 1
fi
deb=$(ls "$work"/pkg/tailwatch_*.deb 2>/dev/null | head -1)
if [[ -z "$deb" ]]; then
  fail "cpack made no tailwatch_*.deb:"$'\n'"$(cat "$work/cpack.out")"
  exit 1
fi
pass "cpack -G DEB built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# ---- dpkg-deb --info ---------------------------------------------------------------------
dpkg-deb --info "$deb" >"$work/info"
field() { dpkg-deb --field "$deb" "$1"; }
[[ "$(field Package)" == tailwatch ]] && pass "Package: tailwatch" || fail "Package: $(field Package)"
[[ "$(field Architecture)" == "$(dpkg --print-architecture)" ]] && pass "Architecture: $(field Architecture)" ||
  fail "Architecture: $(field Architecture)"
[[ -n "$(field Maintainer)" && -n "$(field Description)" ]] && pass "Maintainer and Description set" ||
  fail "Maintainer/Description missing"$'\n'"$(cat "$work/info")"
depends=$(field Depends)
echo "     Depends: $depends"
# dpkg-shlibdeps must have found the shared libraries the binaries link to.
for lib in libc6 'libstdc\+\+6' libre2 libyaml-cpp libsystemd0 libssl3; do
  if grep -Eq "(^|[ ,|])${lib}[0-9a-z.-]*( |,|$)" <<<"$depends"; then
    pass "Depends names ${lib//\\/}"
  else
    fail "Depends lacks ${lib//\\/}: $depends"
  fi
done
grep -q 'systemd-sysusers' <<<"$depends" && pass "Depends provides systemd-sysusers for the postinst" ||
  fail "Depends lacks systemd | systemd-sysusers: $depends"
for script in postinst prerm postrm conffiles; do
  grep -Eq "^ +[0-9]+ bytes, +[0-9]+ lines +\*? *$script( |$)" "$work/info" && pass "control member $script" ||
    fail "no control member $script:"$'\n'"$(cat "$work/info")"
done
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles >"$work/conffiles" 2>/dev/null
[[ "$(cat "$work/conffiles")" == /etc/tailwatch/tailwatch.yaml ]] && pass "conffiles: /etc/tailwatch/tailwatch.yaml" ||
  fail "conffiles: $(cat "$work/conffiles")"

# ---- dpkg-deb --contents -----------------------------------------------------------------
dpkg-deb --contents "$deb" >"$work/contents"
for path in ./usr/bin/tailwatchd ./usr/bin/tailwatch ./usr/libexec/tailwatch/tailwatchd-core \
            ./usr/lib/systemd/system/tailwatch.service \
            ./usr/lib/sysusers.d/tailwatch.conf ./etc/tailwatch/tailwatch.yaml \
            ./usr/share/doc/tailwatch/operations.md; do
  if awk -v p="$path" '$6 == p' "$work/contents" | grep -q .; then
    pass "contains $path"
  else
    fail "does not contain $path"
  fi
done
if awk '{print $2}' "$work/contents" | grep -qv '^root/root$'; then
  fail "files not owned by root/root: $(awk '$2 != "root/root"' "$work/contents" | head -3)"
else
  pass "every file is root/root"
fi
if grep -Eq '\./usr/local|\./(tmp|work|home)/' "$work/contents"; then
  fail "build or /usr/local paths leaked into the package: $(grep -E '\./usr/local|\./(tmp|work|home)/' "$work/contents" | head -3)"
fi
for path in ./usr/bin/tailwatchd ./usr/bin/tailwatch ./usr/libexec/tailwatch/tailwatchd-core; do
  mode=$(awk -v p="$path" '$6 == p {print $1}' "$work/contents")
  [[ "$mode" == -rwxr-xr-x ]] || fail "$path mode $mode"
done

# ---- install into a throwaway root --------------------------------------------------------
root="$work/root"
admin="$root/var/lib/dpkg"
mkdir -p "$admin/info" "$admin/updates" "$admin/triggers" "$root/etc"
: >"$admin/available"
# The records of the packages that satisfy Depends, copied from this machine's database.
: >"$admin/status"
IFS=',' read -ra groups <<<"$depends"
for group in "${groups[@]}"; do
  IFS='|' read -ra alternatives <<<"$group"
  for alternative in "${alternatives[@]}"; do
    name=$(awk '{print $1}' <<<"$alternative")
    name=${name%%:*}
    if [[ "$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" == "install ok installed" ]]; then
      if ! grep -q "^Package: $name\$" "$admin/status"; then
        dpkg-query -s "$name" | awk '/^Conffiles:/ {skip=1; next} skip && /^ / {next} {skip=0; print}' >>"$admin/status"
        echo >>"$admin/status"
        : >"$admin/info/$name.list"
      fi
      break
    fi
  done
done
dpkg_root() {
  local force=(--force-script-chrootless)
  [[ "$(id -u)" != 0 ]] && force+=(--force-not-root)
  dpkg --root="$root" --log="$work/dpkg.log" "${force[@]}" "$@"
}
if dpkg_root -i "$deb" >"$work/install.out" 2>&1; then
  pass "dpkg --root -i: installed, Depends satisfied by this machine's runtime libraries"
else
  fail "dpkg --root -i:"$'\n'"$(cat "$work/install.out")"
fi
status=$(dpkg-query --admindir="$admin" -W -f='${Status} ${Version}' tailwatch 2>&1)
[[ "$status" == "install ok installed "* ]] && pass "dpkg status: $status" || fail "dpkg status: $status"
dpkg-query --admindir="$admin" -s tailwatch | grep -q '^ /etc/tailwatch/tailwatch.yaml [0-9a-f]\{32\}$' &&
  pass "dpkg registered /etc/tailwatch/tailwatch.yaml as a conffile" ||
  fail "conffile not registered: $(dpkg-query --admindir="$admin" -s tailwatch)"

# postinst: the account and the enablement, inside the root only.
entry=$(grep '^tailwatch:' "$root/etc/passwd" 2>/dev/null)
[[ "$entry" == *:/var/lib/tailwatch:/usr/sbin/nologin ]] && pass "postinst created the account: $entry" ||
  fail "no tailwatch account in the root: '$entry'"$'\n'"$(cat "$work/install.out")"
wants="$root/etc/systemd/system/multi-user.target.wants/tailwatch.service"
[[ "$(readlink "$wants")" == /usr/lib/systemd/system/tailwatch.service ]] && pass "postinst enabled the unit (multi-user.target.wants)" ||
  fail "unit not enabled: $(ls -la "$root/etc/systemd/system" 2>&1)"

# The service's own check: the installed tool on the installed config.
# /usr/bin/tailwatchd is the launcher, a static program; the daemon it runs is in libexec.
if missing=$(ldd "$root/usr/libexec/tailwatch/tailwatchd-core" "$root/usr/bin/tailwatch" | grep 'not found'); then
  fail "installed binaries miss libraries: $missing"
fi
if out=$("$root/usr/bin/tailwatch" check-config "$root/etc/tailwatch/tailwatch.yaml" 2>&1); then
  pass "installed tailwatch check-config /etc/tailwatch/tailwatch.yaml: $out"
else
  fail "installed check-config failed: $out"
fi
"$root/usr/bin/tailwatchd" --version >/dev/null 2>&1 || fail "installed tailwatchd --version fails"
[[ "$("$root/usr/bin/tailwatchd" --version 2>&1)" == "tailwatchd "* ]] && pass "installed tailwatchd runs the daemon from /usr/libexec/tailwatch" ||
  fail "installed tailwatchd --version: $("$root/usr/bin/tailwatchd" --version 2>&1)"

# The installed unit: paths follow the package prefix, and it verifies.
unit="$root/usr/lib/systemd/system/tailwatch.service"
grep -q '^ExecStart=/usr/bin/tailwatchd --config /etc/tailwatch/tailwatch.yaml' "$unit" &&
  grep -q '^ExecStartPre=/usr/bin/tailwatch check-config /etc/tailwatch/tailwatch.yaml' "$unit" &&
  pass "installed unit runs /usr/bin/tailwatchd and /usr/bin/tailwatch" ||
  fail "installed unit paths: $(grep '^Exec' "$unit")"
if command -v systemd-analyze >/dev/null; then
  sed -e "s#=/usr/bin/tailwatch#=$root/usr/bin/tailwatch#" "$unit" >"$work/tailwatch.service"
  if out=$(systemd-analyze verify --man=no "$work/tailwatch.service" 2>&1) && [[ -z "$out" ]]; then
    pass "installed unit passes systemd-analyze verify"
  else
    fail "installed unit: systemd-analyze verify: $out"
  fi
fi

# ---- upgrade keeps an edited conffile; remove keeps it; purge removes everything --------------
echo "# edited by the administrator" >>"$root/etc/tailwatch/tailwatch.yaml"
if dpkg_root --force-confold -i "$deb" >"$work/reinstall.out" 2>&1 &&
   grep -q '^# edited by the administrator$' "$root/etc/tailwatch/tailwatch.yaml"; then
  pass "reinstall keeps the edited /etc/tailwatch/tailwatch.yaml"
else
  fail "reinstall: $(cat "$work/reinstall.out")"
fi
mkdir -p "$root/var/lib/tailwatch" && echo checkpoint >"$root/var/lib/tailwatch/checkpoint"
if dpkg_root -r tailwatch >"$work/remove.out" 2>&1 && [[ ! -e "$root/usr/bin/tailwatchd" ]] &&
   [[ -f "$root/etc/tailwatch/tailwatch.yaml" && -f "$root/var/lib/tailwatch/checkpoint" ]]; then
  pass "dpkg -r removes the binaries, keeps the config and the state"
else
  fail "dpkg -r: $(cat "$work/remove.out"); $(ls -R "$root/etc/tailwatch" "$root/usr/bin" 2>&1)"
fi
if dpkg_root -P tailwatch >"$work/purge.out" 2>&1 && [[ ! -e "$root/etc/tailwatch/tailwatch.yaml" ]] &&
   [[ ! -e "$root/var/lib/tailwatch" && ! -L "$wants" ]]; then
  pass "dpkg -P removes the config, the state and the enablement"
else
  fail "dpkg -P: $(cat "$work/purge.out"); left: $(ls -la "$root/etc/tailwatch" "$root/var/lib/tailwatch" "$wants" 2>&1)"
fi

# ---- nothing outside the root changed ----------------------------------------------------------
host_state >"$work/host.after"
if diff "$work/host.before" "$work/host.after" >"$work/host.diff"; then
  pass "no tailwatch account, package, file or enablement appeared on this machine"
else
  fail "the test changed this machine:"$'\n'"$(cat "$work/host.diff")"
fi

if [[ $failures -ne 0 ]]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all package checks passed"

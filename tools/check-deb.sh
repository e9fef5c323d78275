#!/usr/bin/env bash
# Builds the .deb from a build directory, installs it with apt (as root, on a Debian 12 machine
# that may be fresh), and checks that what it installed starts: the headless server answers
# /api/status and the app prints its version. Removes the package afterwards.
#
#   tools/check-deb.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$here/build}
[ "$(id -u)" = 0 ] || { echo "check-deb: needs root (apt-get install)"; exit 2; }

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    apt-get remove -y -qq theeye-desktop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/theeye-desktop_*.deb)
echo "check-deb: installing $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null

/usr/bin/theeye-supervisor --data-dir "$work/data" --port 0 >"$work/server.out" 2>&1 &
server_pid=$!
url=
for _ in $(seq 1 100); do
    url=$(sed -n 's/^URL: *//p' "$work/server.out")
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { cat "$work/server.out"; echo "check-deb: the installed server did not start"; exit 1; }
status=$(curl -sS "$url/api/status")
echo "check-deb: $url/api/status → $status"
grep -q '"status"' <<<"$status" || { echo "check-deb: unexpected status answer"; exit 1; }
QT_QPA_PLATFORM=offscreen /usr/bin/theeye-desktop --version
test -f /usr/share/applications/io.theeye.Desktop.desktop
echo "check-deb: ok"

#!/usr/bin/env bash
# The project's one entry point on a Debian 12 machine (run as root, or as a user with sudo).
#
#   tools/dev.sh run [app options]  install what is missing, build, start TheEye Desktop
#   tools/dev.sh test               install what is missing, build with warnings as errors, run
#                                   every test
#   tools/dev.sh sanitize           the same suite, built with ASan+UBSan
#   tools/dev.sh bench              build and run the benchmarks (prints figures, never fails on a time)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${THEEYE_BUILD_DIR:-$root/build}
build_asan=${THEEYE_ASAN_BUILD_DIR:-$root/build-asan}
jobs=$(nproc)

# The apt packages of reference/qt-6.4-toolchain.md §1 and §11, plus what the tests use.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qt6-translations-l10n
    qt6-svg-dev libqt6svg6 qtkeychain-qt6-dev libmicrohttpd-dev
    xvfb xauth sqlite3 procps openssl curl jq python3
    dbus-daemon gnome-keyring libsecret-1-0
    wrk nginx-light appstream desktop-file-utils shared-mime-info dpkg-dev
    clang-14 libclang-rt-14-dev
)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

configure_and_build() {
    local dir=$1
    shift
    cmake -S "$root" -B "$dir" -G Ninja -DTHEEYE_WERROR=ON "$@" >/dev/null
    cmake --build "$dir" -j "$jobs"
}

run_tests() {
    local dir=$1
    ctest --test-dir "$dir" --output-on-failure -j "$jobs" --timeout 600
}

command=${1:-}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing
    configure_and_build "$build"
    if [ -x "$build/bin/theeye-desktop" ]; then
        exec "$build/bin/theeye-desktop" "$@"
    fi
    exec "$build/bin/theeye-supervisor" "$@"
    ;;
test)
    install_missing
    configure_and_build "$build"
    run_tests "$build"
    ;;
sanitize)
    install_missing
    configure_and_build "$build_asan" -DTHEEYE_SANITIZE=ON -DTHEEYE_BUILD_BENCH=OFF
    run_tests "$build_asan"
    ;;
bench)
    install_missing
    configure_and_build "$build" -DCMAKE_BUILD_TYPE=Release
    "$root/bench/run.sh" "$build"
    ;;
*)
    sed -n '2,10p' "${BASH_SOURCE[0]}"
    exit 2
    ;;
esac

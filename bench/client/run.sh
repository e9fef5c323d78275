#!/usr/bin/env bash
# The client against a raw QNetworkAccessManager GET (bench_client.cpp); prints figures and
# FIGURE lines, never fails on a time.   bench/client/run.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build}
bench=$build/bin/bench_client
[ -x "$bench" ] || { echo "missing: $bench (build first: cmake --build $build)"; exit 2; }
exec "$bench"

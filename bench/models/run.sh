#!/usr/bin/env bash
# The models' JSON codec against QJsonDocument alone (bench_models.cpp); prints figures and
# FIGURE lines, never fails on a time.   bench/models/run.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build}
bench=$build/bin/bench_models
[ -x "$bench" ] || { echo "missing: $bench (build first: cmake --build $build)"; exit 2; }
exec "$bench"

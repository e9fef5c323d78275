#!/usr/bin/env bash
# Runs every benchmark script (bench/<area>/run.sh) against a build directory. Benchmarks print
# figures; they never fail on a time.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../build}
for script in "$here"/*/run.sh; do
    echo "== ${script#"$here"/}"
    "$script" "$build"
done

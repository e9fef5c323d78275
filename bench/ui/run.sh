#!/usr/bin/env bash
# Job output streaming into the log view, and Run to the first output line against the local
# supervisor (bench_joboutput.cpp, bench_runlatency.cpp); offscreen unless QT_QPA_PLATFORM says
# otherwise. Prints figures and FIGURE lines, never fails on a time.
#
#   bench/ui/run.sh [BUILD_DIR]   environment: SECONDS_OUTPUT (default 10), RUNS (default 20)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
status=0
for bench in bench_joboutput bench_runlatency; do
    [ -x "$build/bin/$bench" ] || { echo "missing: $build/bin/$bench (build first)"; status=2; continue; }
done
[ $status -eq 0 ] || exit $status
"$build/bin/bench_joboutput" --seconds "${SECONDS_OUTPUT:-10}"
"$build/bin/bench_joboutput" --seconds "${SECONDS_OUTPUT:-10}" --one-line
"$build/bin/bench_runlatency" --runs "${RUNS:-20}"

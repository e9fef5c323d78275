#!/usr/bin/env bash
# The job engine and local bot (bench/engine/main.cpp): POST-to-first-instruction latency p50/p99
# next to a bare spawn of the same script, throughput of jobs of `true` next to bare `sh -c true`
# spawns in the same run (the ratio), and memory after many finished jobs.
#
#   bench/engine/run.sh [BUILD_DIR]    environment: LATENCY_JOBS (default 200),
#                                      THROUGHPUT_JOBS (default 2000), MEMORY_JOBS (default 100000)
#
# Prints a table and one `FIGURE <name> <value> <unit> <baseline-name> <baseline-value>` line per
# figure for a later table script. It never fails on a time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build}
bench=$build/bin/bench_engine

command -v bash >/dev/null || { echo "missing: bash"; exit 2; }
[ -x "$bench" ] || { echo "missing: $bench (build first: cmake --build $build --target bench_engine)"; exit 2; }

# The timestamp is bash's $EPOCHREALTIME; a C locale keeps its decimal mark a dot.
LC_ALL=C "$bench" \
    --latency-jobs "${LATENCY_JOBS:-200}" \
    --throughput-jobs "${THROUGHPUT_JOBS:-2000}" \
    --memory-jobs "${MEMORY_JOBS:-100000}"

#!/usr/bin/env bash
# The local supervisor's API under wrk (bench/supervisor/main.cpp): GET /:customer/task/:id,
# GET /:customer/task with 1,000 tasks, POST /:customer/task/:id/secret/:secret/job.
#
#   bench/supervisor/run.sh [BUILD_DIR]   environment: DURATION (s, default 10),
#                                         CONNECTIONS (default 16), WRK_THREADS (default 2)
#
# Prints figures only; it never fails on a time. nginx's ceiling is bench/http/run.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build}
bench=$build/bin/bench_supervisor
command -v wrk >/dev/null || { echo "missing: wrk (tools/dev.sh installs it)"; exit 2; }
[ -x "$bench" ] || { echo "missing: $bench (build first: cmake --build $build)"; exit 2; }
exec "$bench" --duration "${DURATION:-10}" --connections "${CONNECTIONS:-16}" \
    --wrk-threads "${WRK_THREADS:-2}"

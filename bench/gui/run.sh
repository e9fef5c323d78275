#!/usr/bin/env bash
# The GUI benchmarks of issue 6 against a build directory (builds nothing):
#   filter-as-you-type over 100,000 tasks   bench_filtertyping   (baseline: stock QSortFilterProxyModel)
#   RSS with 100,000 tasks shown            bench_taskrss        (baseline: the same window, 0 tasks)
#   task creation over HTTP, 10,000 tasks   bench_seedtasks      (baseline: GET /api/status rate)
#   start-up with 10,000 tasks              bench_startup        (baseline: an empty QTableView)
#
#   bench/gui/run.sh [BUILD_DIR]    environment: TASKS (default 100000), STARTUP_TASKS (10000),
#                                   RUNS (start-ups of each program, 10), ROUNDS (typing rounds, 3)
#
# Every figure is also printed as one machine-readable line:
#   FIGURE <name> <value> <unit> <baseline-name> <baseline-value>
# QT_QPA_PLATFORM defaults to offscreen. It never fails on a time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build}
bin=$build/bin
tasks=${TASKS:-100000}
startup_tasks=${STARTUP_TASKS:-10000}
runs=${RUNS:-10}
rounds=${ROUNDS:-3}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

for program in bench_filtertyping bench_taskrss bench_seedtasks bench_startup bench_emptywindow theeye-desktop; do
    [ -x "$bin/$program" ] || { echo "missing: $bin/$program (build first: cmake --build $build)"; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A private home, so no saved profile or window state of the user's takes part.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/config XDG_DATA_HOME=$work/home/data XDG_CACHE_HOME=$work/home/cache
mkdir -p "$HOME"

"$bin/bench_filtertyping" --tasks "$tasks" --rounds "$rounds"
"$bin/bench_taskrss" --tasks "$tasks"
"$bin/bench_seedtasks" --data-dir "$work/supervisor" --tasks "$startup_tasks"
"$bin/bench_startup" --app "$bin/theeye-desktop" --baseline "$bin/bench_emptywindow" \
    --data-dir "$work/supervisor" --runs "$runs"

#!/usr/bin/env bash
# Runs every benchmark script (bench/<area>/run.sh) against a build directory, then gathers the
# lines they print as
#   FIGURE <name> <value> <unit> <baseline-name> <baseline-value>     (baseline "- -": none)
# into one table (figure, value, unit, baseline, ratio = value / baseline value), written as
# Markdown and CSV. Benchmarks print figures; a slow run or a failing benchmark never fails this
# script (a failure is listed under the table).
#
#   bench/run.sh [BUILD_DIR] [AREA...]    environment: BENCH_RESULTS (default bench/results)
#   writes $BENCH_RESULTS/latest.md, latest.csv and latest.log (the whole output)
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../build}
[ $# -gt 0 ] && shift
results=${BENCH_RESULTS:-$here/results}
mkdir -p "$results"
log=$results/latest.log
: >"$log"
failed=()
scripts=()
if [ $# -gt 0 ]; then
    for area in "$@"; do scripts+=("$here/$area/run.sh"); done
else
    scripts=("$here"/*/run.sh)
fi
for script in "${scripts[@]}"; do
    area=$(basename "$(dirname "$script")")
    echo "== $area" | tee -a "$log"
    "$script" "$build" 2>&1 | tee -a "$log"
    code=${PIPESTATUS[0]}
    [ "$code" -eq 0 ] || failed+=("$area (exit $code)")
done

# The table, in the order the figures came.
awk -v md="$results/latest.md" -v csv="$results/latest.csv" \
    -v when="$(date -u '+%Y-%m-%d %H:%M UTC')" -v host="$(nproc) cores, $(uname -r)" '
    function ratio(v, b) { return (b == "-" || b + 0 == 0) ? "" : sprintf("%.2f", v / b) }
    /^FIGURE / && NF >= 6 {
        n++; name[n] = $2; value[n] = $3; unit[n] = $4; bname[n] = $5; bvalue[n] = $6
    }
    END {
        print "figure,value,unit,baseline,baseline_value,ratio" > csv
        print "Benchmarks, " when " (" host "); ratio = value / baseline value.\n" > md
        print "| figure | value | unit | baseline | ratio |" > md
        print "|---|---:|---|---|---:|" > md
        for (i = 1; i <= n; i++) {
            r = ratio(value[i], bvalue[i])
            base = bname[i] == "-" ? "" : bname[i] " " bvalue[i]
            printf "%s,%s,%s,%s,%s,%s\n", name[i], value[i], unit[i],
                   bname[i] == "-" ? "" : bname[i], bvalue[i] == "-" ? "" : bvalue[i], r > csv
            printf "| %s | %s | %s | %s | %s |\n", name[i], value[i], unit[i], base, r > md
        }
    }' "$log"
if [ ${#failed[@]} -gt 0 ]; then
    printf '\nNot measured (the benchmark failed): %s\n' "${failed[*]}" >>"$results/latest.md"
fi
echo
cat "$results/latest.md"
echo
echo "Written: $results/latest.md, $results/latest.csv, $results/latest.log"
exit 0

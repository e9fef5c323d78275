#!/usr/bin/env bash
# Builds the fuzz configuration (clang-14, libFuzzer, ASan+UBSan, Qt's Q_ASSERTs on) into
# build-fuzz/ and runs every fuzz target for the given number of seconds each (default 60, as CI).
# Fails on any crash, leak, timeout, sanitizer report or broken invariant; the input that caused
# it is kept in tests/fuzz/crashes/<target>/ and the way to reproduce it is printed.
#
#   tests/fuzz/run.sh [seconds]
#   THEEYE_FUZZ_TARGETS="router body" tests/fuzz/run.sh 20    only some targets
#   THEEYE_FUZZ_JOBS=2                                          build parallelism (default 2)
set -euo pipefail

fuzz=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$fuzz/../.." && pwd)
seconds=${1:-60}
build=${THEEYE_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${THEEYE_FUZZ_JOBS:-2}
targets=${THEEYE_FUZZ_TARGETS:-codec recipe arguments router body}

# Per target: the largest input worth trying (a little above realistic documents and requests, so
# the time goes to structure, not to ever longer inputs) and the dictionary of its syntax.
declare -A max_len=([codec]=16384 [recipe]=16384 [arguments]=8192 [router]=4096 [body]=8192)
declare -A dict=([codec]=json [recipe]=json [arguments]=json [router]=http [body]=http)

if ! [[ $seconds =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
    echo "usage: $0 [seconds per target]" >&2
    exit 2
fi

echo "== Building the fuzz targets (clang-14, libFuzzer, ASan+UBSan) in $build"
cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_BUILD_TYPE=Debug \
    -DTHEEYE_FUZZ=ON \
    -DTHEEYE_WERROR=ON \
    -DTHEEYE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$jobs" --target fuzz_all

logs=$build/fuzz-logs
mkdir -p "$logs"
failed=()
summary=()
for target in $targets; do
    if [ -z "${max_len[$target]:-}" ]; then
        echo "unknown fuzz target: $target" >&2
        exit 2
    fi
    binary=$build/bin/fuzz_$target
    crashes=$fuzz/crashes/$target
    mkdir -p "$crashes"
    # New inputs go to a scratch corpus, so the committed seeds stay small and hand-picked.
    scratch=$(mktemp -d)
    seeds=("$fuzz/corpus/$target")
    [ -d "$fuzz/regressions/$target" ] && seeds+=("$fuzz/regressions/$target")
    log=$logs/$target.log
    echo "== fuzz_$target for ${seconds}s (log: $log)"
    set +e
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:symbolize=1 \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    QT_LOGGING_RULES='*.debug=false' \
        "$binary" -max_total_time="$seconds" -max_len="${max_len[$target]}" \
        -dict="$fuzz/dicts/${dict[$target]}.dict" -timeout=10 -rss_limit_mb=2048 \
        -use_value_profile=1 -print_final_stats=1 -artifact_prefix="$crashes/" \
        "$scratch" "${seeds[@]}" >"$log" 2>&1
    status=$?
    set -e
    rm -rf "$scratch"
    if [ $status -ne 0 ] || grep -qE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|==fuzz==' "$log"; then
        failed+=("$target")
        summary+=("$target: FAILED")
        echo "-- fuzz_$target FAILED (exit $status). The end of its log:"
        tail -n 60 "$log"
        echo "-- Inputs kept in $crashes:"
        ls -1 "$crashes"
        echo "-- Reproduce:  $binary $crashes/<file>"
        echo "   Then fix it, copy the file to tests/fuzz/regressions/$target/ and check with"
        echo "   ctest --test-dir build -R tst_fuzzregressions"
    else
        runs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
        cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || echo '?')
        summary+=("$target: ok, $runs inputs, $cov coverage edges")
        rmdir "$crashes" 2>/dev/null || true
        rmdir "$fuzz/crashes" 2>/dev/null || true
    fi

done

echo "== Fuzzing summary (${seconds}s per target)"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -gt 0 ]; then
    echo "${#failed[@]} fuzz targets failed: ${failed[*]}"
    exit 1
fi

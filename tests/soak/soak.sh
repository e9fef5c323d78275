#!/usr/bin/env bash
# Soak: mixed traffic (list tasks, get a task, create a job by secret, get it, follow its log or
# cancel it, list jobs) at 64 connections against the headless theeye-supervisor, whose job
# engine runs a script that exits at once. Fails on any 5xx, any unexpected status or socket
# error, RSS growth of 10% or more after the warm-up, or a job not accounted for: every
# acknowledged job (200 with an id) must be stored exactly once and finish.
#
#   tests/soak/soak.sh [BUILD_DIR] [SECONDS]   SECONDS: 600 for the full soak (default), 60 in CI
#                                             environment: CONNECTIONS (default 64)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/soak/lib.sh
source "$here/lib.sh"
build=${1:-$here/../../build}
duration=${2:-600}
connections=${CONNECTIONS:-64}
exe=$build/bin/theeye-supervisor
soak_need wrk curl jq
[ -x "$exe" ] || { echo "missing: $exe (build first: cmake --build $build)"; exit 2; }

work=$(mktemp -d)
server_pid=
sampler_pid=
cleanup() {
    local status=$?
    set +e
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

soak_start "$exe" "$work/data" "$work/server.log"
soak_make_task soak

# RSS once a second while the load runs: "seconds-since-start KiB".
(
    start=$(date +%s)
    while kill -0 "$server_pid" 2>/dev/null; do
        echo "$(($(date +%s) - start)) $(soak_rss_kib "$server_pid")"
        sleep 1
    done
) >"$work/rss" &
sampler_pid=$!

echo "soak: ${duration}s, $connections connections, $(nproc) cores, server pid $server_pid"
SOAK_IDS_FILE=$work/ids wrk -t"$connections" -c"$connections" -d"${duration}s" --timeout 30s \
    -s "$here/soak.lua" "$server_url" -- "$server_token" "$task_id" "$task_secret" \
    >"$work/wrk.out" 2>&1 || true
kill "$sampler_pid" 2>/dev/null || true
wait "$sampler_pid" 2>/dev/null || true
sampler_pid=
sed -n '/^SOAK\|^SOCKET\|^LATENCY/p' "$work/wrk.out"

failures=()
grep -q '^SOAK create' "$work/wrk.out" || { cat "$work/wrk.out"; failures+=("wrk produced no result"); }
while read -r _ kind requests unexpected server_errors; do
    [ "$unexpected" -eq 0 ] || failures+=("$kind: $unexpected unexpected statuses")
    [ "$server_errors" -eq 0 ] || failures+=("$kind: $server_errors 5xx")
    [ "$requests" -gt 0 ] || failures+=("$kind: no request made")
done < <(grep '^SOAK ' "$work/wrk.out")
if grep -q '^UNEXPECTED' "$work/wrk.out"; then sed -n '/^UNEXPECTED/,$p' "$work/wrk.out" | head -20; fi
socket=$(grep '^SOCKET ' "$work/wrk.out" || echo "SOCKET missing")
[ "$socket" = "SOCKET connect=0 read=0 write=0 timeout=0" ] || failures+=("socket errors: $socket")
kill -0 "$server_pid" 2>/dev/null || failures+=("the server died")

# Every acknowledged job stored once; the few created while wrk stopped (no answer read) are
# allowed, at most one per connection. All of them finish.
acknowledged=$(wc -l <"$work/ids")
final='^(finished|terminated|canceled|completed|expired)$'
for _ in $(seq 120); do
    soak_api GET "/local/job?task_id=$task_id" >"$work/jobs.json"
    open=$(jq -r '.[].lifecycle' "$work/jobs.json" | grep -cvE "$final" || true)
    [ "$open" -eq 0 ] && break
    sleep 1
done
stored=$(jq 'length' "$work/jobs.json")
[ "$open" -eq 0 ] || failures+=("$open jobs still not finished 120 s after the load")
duplicates=$(sort "$work/ids" | uniq -d | wc -l)
[ "$duplicates" -eq 0 ] || failures+=("$duplicates job ids acknowledged twice")
jq -r '.[].id' "$work/jobs.json" | sort >"$work/stored-ids"
[ "$(uniq -d "$work/stored-ids" | wc -l)" -eq 0 ] || failures+=("a job is listed twice")
missing=$(sort -u "$work/ids" | comm -23 - "$work/stored-ids" | wc -l)
[ "$missing" -eq 0 ] || failures+=("$missing acknowledged jobs missing")
extra=$((stored - acknowledged + missing))
[ "$extra" -le "$connections" ] || failures+=("$extra stored jobs were never acknowledged")
echo "jobs: $acknowledged acknowledged, $stored stored, $missing missing, $extra unacknowledged (in flight at the end), lifecycles: $(jq -r '.[].lifecycle' "$work/jobs.json" | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"

# RSS after the warm-up (a fifth of the run, at least 10 s) against the end of the load.
warmup=$((duration / 5 < 10 ? 10 : duration / 5))
read -r rss_warm rss_end rss_peak < <(awk -v w="$warmup" -v d="$duration" '
    $1 <= w { warm = $2 } $1 <= d { last = $2; if ($2 > peak) peak = $2 }
    END { print warm + 0, last + 0, peak + 0 }' "$work/rss")
growth=$(awk -v a="$rss_warm" -v b="$rss_end" 'BEGIN { printf "%.1f", a ? (b - a) * 100 / a : 999 }')
echo "RSS: $rss_warm KiB after ${warmup}s warm-up, $rss_end KiB at the end, peak $rss_peak KiB (growth $growth%)"
awk -v g="$growth" 'BEGIN { exit !(g < 10) }' || failures+=("RSS grew $growth% after the warm-up")

kill -TERM "$server_pid"
if ! wait "$server_pid"; then failures+=("the server did not stop cleanly on SIGTERM"); fi
server_pid=

if [ ${#failures[@]} -gt 0 ]; then
    printf 'SOAK FAILED: %s\n' "${failures[@]}"
    tail -20 "$work/server.log"
    exit 1
fi
echo "SOAK OK"

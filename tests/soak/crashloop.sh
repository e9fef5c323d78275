#!/usr/bin/env bash
# Crash recovery: kill -9 the headless theeye-supervisor at a random moment while jobs are being
# created (by the task secret and by token) and running, restart it on the same data directory,
# and check each time: SQLite's integrity_check is ok, every acknowledged job (a 200 with an id)
# is stored exactly once, and, once the server is up again, no job stays `assigned`.
#
#   tests/soak/crashloop.sh [BUILD_DIR] [ITERATIONS]   ITERATIONS: 100 full (default), 15 in CI
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/soak/lib.sh
source "$here/lib.sh"
build=${1:-$here/../../build}
iterations=${2:-100}
exe=$build/bin/theeye-supervisor
soak_need curl jq sqlite3
[ -x "$exe" ] || { echo "missing: $exe (build first: cmake --build $build)"; exit 2; }

work=$(mktemp -d)
data=$work/data
server_pid=
loader_pids=()
cleanup() {
    local status=$? pid
    set +e
    for pid in "${loader_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [ -n "${KEEP_WORK:-}" ] || rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT

fail() {
    echo "CRASHLOOP FAILED (iteration $iteration): $*"
    tail -15 "$work/server.log" 2>/dev/null
    exit 1
}

# create_jobs MODE OUT: creates jobs until the server stops answering; each acknowledged id is
# appended to OUT. MODE is secret or token.
create_jobs() {
    local mode=$1 out=$2 body id
    while true; do
        if [ "$mode" = secret ]; then
            body=$(curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{}' \
                -w '\n%{http_code}' "$server_url/local/task/$task_id/secret/$task_secret/job" \
                2>/dev/null) || return 0
        else
            body=$(curl -sS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{}' \
                -H "Authorization: Bearer $server_token" \
                -w '\n%{http_code}' "$server_url/local/task/$task_id/job" 2>/dev/null) || return 0
        fi
        [ "${body##*$'\n'}" = 200 ] || { echo "status ${body##*$'\n'}: ${body%$'\n'*}" >>"$out.bad"; continue; }
        id=$(jq -r '.id // empty' <<<"${body%$'\n'*}" 2>/dev/null || true)
        [ -n "$id" ] && echo "$id" >>"$out"
    done
}

stored_jobs() { soak_api GET "/local/job?task_id=$task_id"; }

# check_acknowledged: every acknowledged id stored exactly once.
check_acknowledged() {
    stored_jobs >"$work/jobs.json" || fail "cannot list jobs"
    jq -r '.[].id' "$work/jobs.json" | sort >"$work/stored"
    [ -z "$(uniq -d "$work/stored")" ] || fail "a job is stored twice: $(uniq -d "$work/stored" | head -3)"
    cat "$work"/ack.* 2>/dev/null | sort >"$work/acked" || true
    [ -z "$(uniq -d "$work/acked")" ] || fail "an id was acknowledged twice"
    local missing
    missing=$(comm -23 "$work/acked" "$work/stored")
    [ -z "$missing" ] || fail "acknowledged jobs missing after the crash: $(head -3 <<<"$missing")"
}

# wait_not_assigned: after a restart, recovery ends what a killed server left `assigned`, and the
# engine runs what is queued; nothing may stay assigned for long (the script takes 0.2 s).
wait_not_assigned() {
    local assigned
    for _ in $(seq 150); do
        assigned=$(stored_jobs | jq '[.[] | select(.lifecycle == "assigned")] | length')
        [ "$assigned" -eq 0 ] && return 0
        sleep 0.2
    done
    fail "$assigned jobs stuck in assigned after recovery"
}

iteration=0
soak_start "$exe" "$data" "$work/server.log" || fail "first start"
soak_make_task crash 'sleep 0.2' # long enough to be killed mid-run

kills=0
start=$(date +%s)
for iteration in $(seq "$iterations"); do
    loader_pids=()
    for loader in s1 s2 s3 t1 t2; do
        create_jobs "$([ "${loader:0:1}" = s ] && echo secret || echo token)" "$work/ack.$loader.$iteration" &
        loader_pids+=($!)
    done
    sleep "$(awk -v r="$RANDOM" 'BEGIN { printf "%.2f", 0.1 + r / 32767 * 1.9 }')"
    kill -9 "$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=
    kills=$((kills + 1))
    for pid in "${loader_pids[@]}"; do wait "$pid" || true; done
    loader_pids=()
    if cat "$work"/ack.*.bad >/dev/null 2>&1; then fail "unexpected answers: $(cat "$work"/ack.*.bad | head -3)"; fi

    integrity=$(sqlite3 "$data/supervisor.sqlite" 'PRAGMA integrity_check' 2>&1)
    [ "$integrity" = ok ] || fail "integrity_check: $integrity"

    soak_start "$exe" "$data" "$work/server.log" || fail "restart after kill -9"
    check_acknowledged
    wait_not_assigned
done

# Last: everything queued runs to the end; the totals.
for _ in $(seq 300); do
    open=$(stored_jobs | jq '[.[] | select(.lifecycle | test("^(finished|terminated|canceled|completed|expired)$") | not)] | length')
    [ "$open" -eq 0 ] && break
    sleep 0.5
done
[ "$open" -eq 0 ] || fail "$open jobs never finished"
check_acknowledged
elapsed=$(($(date +%s) - start))
acked=$(wc -l <"$work/acked")
stored=$(jq length "$work/jobs.json")
echo "crash loop: $kills kill -9 in ${elapsed}s; $acked jobs acknowledged, $stored stored (the rest were created as the server died, unanswered), 0 missing, 0 duplicated, integrity ok every time; lifecycles: $(jq -r '.[].lifecycle' "$work/jobs.json" | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"
kill -TERM "$server_pid"
wait "$server_pid" || fail "no clean stop"
server_pid=
echo "CRASHLOOP OK"

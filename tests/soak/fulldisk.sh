#!/usr/bin/env bash
# Full disk: the headless theeye-supervisor's data directory on a 2 MiB tmpfs. Once the disk is
# full, creating a job fails with a 5xx (507 preferred) and a JSON body that says why, the server
# keeps serving what it stored, nothing already stored is lost, and when space returns (the filler
# file deleted) creation works again, also after a restart. Needs root (mount); without it, or
# where mounting is not permitted, it says so and exits 0.
#
#   tests/soak/fulldisk.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/soak/lib.sh
source "$here/lib.sh"
build=${1:-$here/../../build}
exe=$build/bin/theeye-supervisor
soak_need curl jq sqlite3
[ -x "$exe" ] || { echo "missing: $exe (build first: cmake --build $build)"; exit 2; }

if [ "$(id -u)" -ne 0 ]; then
    echo "fulldisk: SKIPPED (needs root to mount a small tmpfs)"
    exit 0
fi
work=$(mktemp -d)
disk=$work/disk
mkdir -p "$disk"
server_pid=
mounted=
# Keeps the script's own exit status: under set -e, a `wait` on the killed server (137) would
# otherwise become the result of a run that passed.
cleanup() {
    local status=$?
    set +e
    [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    [ -n "$mounted" ] && umount "$disk"
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
if ! mount -t tmpfs -o size=2m tmpfs "$disk" 2>"$work/mount.err"; then
    echo "fulldisk: SKIPPED (mounting a tmpfs is not permitted here: $(cat "$work/mount.err"))"
    exit 0
fi
mounted=1

fail() {
    echo "FULLDISK FAILED: $*"
    tail -15 "$work/server.log"
    exit 1
}

# create_job → sets status and body; fails when no answer came.
create_job() {
    status=$(curl -sS --max-time 30 -X POST -H 'Content-Type: application/json' -d '{}' \
        -o "$work/body" -w '%{http_code}' "$server_url/local/task/$task_id/secret/$task_secret/job")
    body=$(cat "$work/body")
}

soak_start "$exe" "$disk/data" "$work/server.log" || fail "start"
soak_make_task disk
: >"$work/acked"
for _ in $(seq 5); do
    create_job || fail "no answer"
    [ "$status" = 200 ] || fail "creation with free space: $status $body"
    jq -r .id <<<"$body" >>"$work/acked"
done

# Fill the disk, then create jobs until the server refuses (SQLite may first use free pages).
dd if=/dev/zero of="$disk/filler" bs=64k 2>/dev/null || true
refused=
for _ in $(seq 200); do
    create_job || fail "no answer on a full disk"
    if [ "$status" = 200 ]; then
        jq -r .id <<<"$body" >>"$work/acked"
        continue
    fi
    refused="$status $body"
    break
done
[ -n "$refused" ] || fail "200 jobs created on a full disk, none refused"
echo "full disk: $refused"
[ "$status" -ge 500 ] || fail "a full disk answered $status, not a 5xx"
jq -e . <<<"$body" >/dev/null 2>&1 || fail "the 5xx body is not JSON: $body"
message=$(jq -r 'if type == "object" then (.message // "") else tostring end' <<<"$body")
grep -qiE 'space|disk|full|storage' <<<"$message" \
    || fail "the message does not say the disk is full: $body"
kill -0 "$server_pid" 2>/dev/null || fail "the server died on a full disk"

check_stored() {
    soak_api GET "/local/job?task_id=$task_id" | jq -r '.[].id' | sort >"$work/stored" \
        || fail "cannot list jobs ($1)"
    local missing
    missing=$(sort "$work/acked" | comm -23 - "$work/stored")
    [ -z "$missing" ] || fail "acknowledged jobs lost ($1): $missing"
}
check_stored "disk full"

# Space returns: creation works again, without a restart, and after one.
rm -f "$disk/filler"
create_job || fail "no answer after space returned"
[ "$status" = 200 ] || fail "creation after space returned: $status $body"
jq -r .id <<<"$body" >>"$work/acked"
check_stored "space back"
kill -TERM "$server_pid"
wait "$server_pid" || fail "no clean stop after the full disk"
server_pid=
integrity=$(sqlite3 "$disk/data/supervisor.sqlite" 'PRAGMA integrity_check' 2>&1)
[ "$integrity" = ok ] || fail "integrity_check: $integrity"
soak_start "$exe" "$disk/data" "$work/server.log" || fail "restart"
check_stored "after a restart"
create_job || fail "no answer after a restart"
[ "$status" = 200 ] || fail "creation after a restart: $status $body"
echo "fulldisk: $(wc -l <"$work/acked") acknowledged jobs kept; refused with ${refused%% *} on a full disk; recovered"
echo "FULLDISK OK"

#!/usr/bin/env bash
# The HTTP transport alone against nginx, same wrk, same run (bench/http/main.cpp serves a real
# task JSON from a trivial handler on the core thread; nginx serves the same bytes as a file).
#
#   bench/http/run.sh [BUILD_DIR]      environment: DURATION (s, default 10), ROUNDS (default 3),
#                                      CONNECTIONS (default 16), WRK_THREADS (default 2),
#                                      SERVER_ARGS (extra bench_http options, e.g. --threads 1)
#
# Prints req/s, p50/p99 latency and server CPU per request for both, each the median over the
# rounds (which alternate between the two servers), and the ratio. It never fails on a time.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:-$here/../../build}
duration=${DURATION:-10}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-16}
wrk_threads=${WRK_THREADS:-2}
bench=$build/bin/bench_http

for tool in wrk nginx pgrep; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "missing: $tool (tools/dev.sh installs it)"; exit 2; }
done
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$bench" ] || { echo "missing: $bench (build first: cmake --build $build)"; exit 2; }

work=$(mktemp -d)
ours_pid=
nginx_pid=
cleanup() {
    [ -n "$ours_pid" ] && kill "$ours_pid" 2>/dev/null && wait "$ours_pid" 2>/dev/null
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/www/acme/task" "$work/nginx"
task=5f0000000000000000000001
"$bench" --write-body "$work/www/acme/task/$task"
body_size=$(stat -c %s "$work/www/acme/task/$task")

# Ours.
# shellcheck disable=SC2086 # SERVER_ARGS is a list of options
"$bench" --port 0 ${SERVER_ARGS:-} >"$work/ours.out" 2>"$work/ours.err" &
ours_pid=$!
for _ in $(seq 100); do grep -q '^listening ' "$work/ours.out" 2>/dev/null && break; sleep 0.1; done
ours_port=$(awk '/^listening /{print $2}' "$work/ours.out")
[ -n "$ours_port" ] || { echo "bench_http did not start:"; cat "$work/ours.err"; exit 1; }

# nginx on a free port, as the current user, with a private prefix and config.
nginx_port=$(( (ours_port % 20000) + 30000 ))
while (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null; do nginx_port=$((nginx_port + 1)); done
user_line=
[ "$(id -u)" -eq 0 ] && user_line="user $(id -un) $(id -gn);"
cat >"$work/nginx/nginx.conf" <<CONF
$user_line
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        location / { root $work/www; default_type application/json; }
    }
}
CONF
"$nginx_bin" -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null && break; sleep 0.1; done

clock_ticks=$(getconf CLK_TCK)
# utime + stime, in clock ticks, of a process and its children (nginx's workers).
cpu_ticks() {
    local total=0 pid
    for pid in "$1" $(pgrep -P "$1" || true); do
        [ -r "/proc/$pid/stat" ] || continue
        total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
    done
    echo "$total"
}

# run NAME PID URL → appends "req/s p50 p99 errors us_per_req" to $work/NAME.tsv
run() {
    local name=$1 pid=$2 url=$3 before after rps p50 p99 errors requests
    wrk -t"$wrk_threads" -c"$connections" -d2s "$url" >/dev/null # warm-up
    before=$(cpu_ticks "$pid")
    read -r _ rps p50 p99 errors requests < <(wrk -t"$wrk_threads" -c"$connections" -d"${duration}s" \
        -s "$here/latency.lua" "$url" | awk '/^RESULT/')
    after=$(cpu_ticks "$pid")
    echo "$rps $p50 $p99 $errors $(awk -v t=$((after - before)) -v hz="$clock_ticks" -v n="$requests" \
        'BEGIN { printf "%.1f", n ? t / hz * 1e6 / n : 0 }')" >>"$work/$name.tsv"
}

echo "GET /acme/task/$task ($body_size B JSON), $connections keep-alive connections, wrk -t$wrk_threads, ${duration}s x $rounds rounds, $(nproc) cores"
for round in $(seq "$rounds"); do
    run ours "$ours_pid" "http://127.0.0.1:$ours_port/acme/task/$task"
    run nginx "$nginx_pid" "http://127.0.0.1:$nginx_port/acme/task/$task"
    echo "  round $round: ours $(tail -1 "$work/ours.tsv" | cut -d' ' -f1) req/s, nginx $(tail -1 "$work/nginx.tsv" | cut -d' ' -f1) req/s"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { cut -d' ' -f"$2" "$work/$1.tsv" | median; }

printf '\n%-22s %10s %9s %9s %7s %12s\n' server "req/s" "p50 ms" "p99 ms" errors "CPU us/req"
for name in ours nginx; do
    label=$([ "$name" = ours ] && echo "theeye http (MHD)" || echo "nginx static file")
    printf '%-22s %10.0f %9.3f %9.3f %7d %12.1f\n' "$label" \
        "$(column_median "$name" 1)" "$(column_median "$name" 2)" "$(column_median "$name" 3)" \
        "$(column_median "$name" 4)" "$(column_median "$name" 5)"
done
awk -v a="$(column_median ours 1)" -v b="$(column_median nginx 1)" \
    'BEGIN { printf "\nratio ours / nginx (req/s): %.2f\n", b ? a / b : 0 }'

# For bench/run.sh's table: the transport against nginx serving the same JSON as a static file.
echo
echo "FIGURE http_task_get_rps $(column_median ours 1) req/s nginx_static_json $(column_median nginx 1)"
echo "FIGURE http_task_get_p99 $(column_median ours 3) ms nginx_static_json $(column_median nginx 3)"
echo "FIGURE http_cpu_per_request $(column_median ours 5) us/req nginx_static_json $(column_median nginx 5)"

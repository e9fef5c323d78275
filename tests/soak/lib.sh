# shellcheck shell=bash
# Shared by the soak, crash-loop, slow-client and full-disk scripts: start the headless
# theeye-supervisor on a data directory, and make a task whose script exits at once.
# Sourced, not run. Needs curl and jq.

soak_need() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "missing: $tool (tools/dev.sh installs it)"; exit 2; }
    done
}

# soak_start EXE DATA_DIR LOG [PORT] → sets server_pid and server_url; the admin token
# (printed on the first start only) goes to server_token when it is shown.
soak_start() {
    local exe=$1 data=$2 log=$3 port=${4:-0} line
    "$exe" --port "$port" --data-dir "$data" --organization local >"$log" 2>&1 &
    server_pid=$!
    server_url=
    for _ in $(seq 300); do
        line=$(grep -m1 '^URL: ' "$log" 2>/dev/null || true)
        if [ -n "$line" ] && grep -q '^Admin token: ' "$log"; then break; fi
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    server_url=$(awk '/^URL: /{print $2}' "$log")
    [ -n "$server_url" ] || { echo "theeye-supervisor did not start:"; cat "$log"; return 1; }
    local shown
    shown=$(grep -oE '^Admin token: +[0-9a-f]{64}$' "$log" | grep -oE '[0-9a-f]{64}' || true)
    [ -n "$shown" ] && server_token=$shown
    return 0
}

# soak_api METHOD PATH [JSON] → body on stdout; fails on a status other than 2xx.
soak_api() {
    local method=$1 path=$2 body=${3:-}
    if [ -n "$body" ]; then
        curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $server_token" \
            -H 'Content-Type: application/json' --data-binary "$body" "$server_url$path"
    else
        curl -sS --fail-with-body -X "$method" -H "Authorization: Bearer $server_token" \
            "$server_url$path"
    fi
}

# soak_make_task NAME [SCRIPT] → sets task_id and task_secret: a script task on the local bot
# that runs SCRIPT (default `exit 0`, the `true` of job throughput), keeping all its jobs so every
# one can be counted.
soak_make_task() {
    local name=$1 script=${2:-exit 0} host body task
    host=$(soak_api GET /local/host | jq -r '.[0].id')
    if [ -z "$host" ] || [ "$host" = null ]; then
        echo "no local bot host"
        return 1
    fi
    body=$(jq -cn --arg name "$name" --arg host "$host" --arg data "$(printf '%s\n' "$script" | base64 -w0)" \
        '{name: $name, type: "script", host: $host, script_runas: "bash %script%",
          script: {filename: ($name + ".sh"), mimetype: "text/x-shellscript", extension: "sh",
                   data: $data},
          timeout: 60000, task_arguments: [], autoremove_completed_jobs: false}')
    task=$(soak_api POST /local/task "$body") || { echo "task creation failed: $task"; return 1; }
    task_id=$(jq -r .id <<<"$task")
    task_secret=$(soak_api GET "/local/task/$task_id/credentials" | jq -r .secret)
    [ ${#task_secret} -eq 64 ] || { echo "no task secret"; return 1; }
}

# soak_rss_kib PID → resident set size in KiB.
soak_rss_kib() { awk '/^VmRSS:/{print $2}' "/proc/$1/status"; }

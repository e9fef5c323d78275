-- wrk script for tests/soak/soak.sh: mixed traffic against the local supervisor. Run with one
-- connection per thread (wrk -tN -cN), so each thread's requests and responses pair up in order
-- and every response is checked against the status its request must get.
--
--   SOAK_IDS_FILE=ids.txt wrk -t64 -c64 -d60s --timeout 30s -s soak.lua URL -- TOKEN TASK_ID SECRET
--
-- Each cycle: list tasks, get the task, create a job by the task secret, get the job, then follow
-- its log to the end (two cycles in three) or cancel it, list the task's newest jobs, get the task.
-- done() prints "SOAK <kind> <requests> <unexpected> <5xx>" lines and writes every acknowledged
-- job id (a 200 with an id) to SOAK_IDS_FILE, one a line.

local token, taskId, secret
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("number", counter)
  table.insert(threads, thread)
end

local kinds = { "list", "task", "create", "job", "follow", "cancel", "jobs" }
local expected = { list = 200, task = 200, create = 200, job = 200, follow = 200, cancel = 204,
                   jobs = 200 }
local step = 0
local cycle = 0
local jobId = nil
local pending = nil -- the kind of the request in flight

function init(args)
  token, taskId, secret = args[1], args[2], args[3]
  for _, kind in ipairs(kinds) do
    _G["n_" .. kind] = 0
    _G["bad_" .. kind] = 0
    _G["s5_" .. kind] = 0
  end
  badStatuses = ""
  ids = ""
  idCount = 0
end

local function get(path, kind)
  pending = kind
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function request()
  step = step % 7 + 1
  if step == 1 then
    cycle = cycle + 1
    return get("/local/task", "list")
  elseif step == 2 or step == 7 then
    return get("/local/task/" .. taskId, "task")
  elseif step == 3 then
    jobId = nil
    pending = "create"
    return wrk.format("POST", "/local/task/" .. taskId .. "/secret/" .. secret .. "/job",
      { ["Content-Type"] = "application/json" }, "{}")
  elseif step == 4 and jobId then
    return get("/local/job/" .. jobId, "job")
  elseif step == 5 and jobId then
    if cycle % 3 == 0 then
      pending = "cancel"
      return wrk.format("PUT", "/local/job/" .. jobId .. "/cancel",
        { ["Authorization"] = "Bearer " .. token })
    end
    return get("/local/job/" .. jobId .. "/log?follow=1", "follow")
  elseif step == 6 then
    return get("/local/job?task_id=" .. taskId .. "&limit=20&sort[creation_date]=-1", "jobs")
  end
  return get("/local/task", "list") -- the job steps, when the creation failed
end

-- The "id" of the outermost JSON object (nested objects such as "host" have ids too).
function topLevelId(body)
  local depth, i, n = 0, 1, #body
  while i <= n do
    local c = string.sub(body, i, i)
    if c == '"' then
      local close = i + 1
      while true do
        local q = string.find(body, '"', close, true)
        if not q then return nil end
        local backslashes = 0
        while string.sub(body, q - 1 - backslashes, q - 1 - backslashes) == "\\" do
          backslashes = backslashes + 1
        end
        close = q + 1
        if backslashes % 2 == 0 then break end
      end
      if depth == 1 and string.sub(body, i, close) == '"id":' then
        return string.match(body, '^"(%x+)"', close + 1)
      end
      i = close
    else
      if c == "{" or c == "[" then depth = depth + 1 elseif c == "}" or c == "]" then depth = depth - 1 end
      i = i + 1
    end
  end
  return nil
end

function response(status, headers, body)
  local kind = pending
  _G["n_" .. kind] = _G["n_" .. kind] + 1
  if status ~= expected[kind] then
    _G["bad_" .. kind] = _G["bad_" .. kind] + 1
    if #badStatuses < 600 then
      badStatuses = badStatuses .. kind .. ":" .. status .. ":" .. string.sub(body or "", 1, 120) .. "\n"
    end
  end
  if status >= 500 then
    _G["s5_" .. kind] = _G["s5_" .. kind] + 1
  end
  if kind == "create" and status == 200 then
    jobId = topLevelId(body)
    if jobId then
      ids = ids .. jobId .. "\n"
      idCount = idCount + 1
    else
      _G["bad_create"] = _G["bad_create"] + 1
    end
  end
end

function done(summary, latency, requests)
  local out = assert(io.open(os.getenv("SOAK_IDS_FILE"), "w"))
  local totals = {}
  local samples = ""
  for _, thread in ipairs(threads) do
    for _, kind in ipairs(kinds) do
      for _, prefix in ipairs({ "n_", "bad_", "s5_" }) do
        local key = prefix .. kind
        totals[key] = (totals[key] or 0) + (thread:get(key) or 0)
      end
    end
    out:write(thread:get("ids") or "")
    samples = samples .. (thread:get("badStatuses") or "")
  end
  out:close()
  for _, kind in ipairs(kinds) do
    io.write(string.format("SOAK %s %d %d %d\n", kind, totals["n_" .. kind],
      totals["bad_" .. kind], totals["s5_" .. kind]))
  end
  local e = summary.errors
  io.write(string.format("SOCKET connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("LATENCY p50=%.3f p99=%.3f max=%.3f ms; %d requests, %.0f req/s\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6)))
  if #samples > 0 then
    io.write("UNEXPECTED (first few per thread):\n" .. samples)
  end
end

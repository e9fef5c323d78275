-- wrk script for bench/supervisor: every request from a file of "METHOD PATH" lines (cycled, so
-- a run touches many tasks), an optional JSON body and header, and one machine-readable line at
-- the end: RESULT req/s p50_ms p99_ms errors requests non2xx
local requests = {}
local body = nil
local authorization = nil
local position = 0

function init(args)
  for line in io.lines(args[1]) do
    local method, path = line:match("^(%S+) (%S+)$")
    if method then
      table.insert(requests, { method = method, path = path })
    end
  end
  if args[2] and args[2] ~= "" then body = args[2] end
  if args[3] and args[3] ~= "" then authorization = "Bearer " .. args[3] end
  position = math.random(#requests) - 1
end

function request()
  position = position % #requests + 1
  local entry = requests[position]
  local headers = {}
  if authorization then headers["Authorization"] = authorization end
  if body then headers["Content-Type"] = "application/json" end
  return wrk.format(entry.method, entry.path, headers, body)
end

function done(summary, latency, requests_)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.3f %.3f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, summary.requests, e.status))
end

-- wrk script: POST /v1/logs with NDJSON batches of BATCH events (default 100)
-- to the log group GROUP (default "bench"), bearer TOKEN when set. Every
-- request carries the same batch; about one event in ten contains "ERROR" so
-- the filters match some of them. done() prints one machine-readable line.
local batch = tonumber(os.getenv("BATCH") or "100")
local group = os.getenv("GROUP") or "bench"
local token = os.getenv("TOKEN") or ""

local lines = {}
for i = 1, batch do
  local level = (i % 10 == 0) and "ERROR" or "INFO"
  lines[#lines + 1] = string.format(
    '{"message":"2026-11-29T20:04:09Z %s rank=%d step=%d loss=%.3f tokens_per_s=%d"}',
    level, i % 8, 1000 + i, 2.5 + i / 1000, 50000 + i)
end

wrk.method = "POST"
wrk.path = "/v1/logs?group=" .. group .. "&stream=wrk"
wrk.body = table.concat(lines, "\n") .. "\n"
wrk.headers["Content-Type"] = "application/x-ndjson"
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end

local non200 = 0
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local rps = summary.requests / seconds
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f req_per_s=%.0f events_per_s=%.0f body_bytes=%d " ..
    "p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d\n",
    summary.requests, seconds, rps, rps * batch, #wrk.body,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write +
      summary.errors.status + summary.errors.timeout))
end

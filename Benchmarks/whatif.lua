-- make load: each wrk thread is one what-if user with its own session, asking the quick
-- estimate (2,000 scenarios to 2030) of the plan's milestones with one measure, over and over.
local users = 0
function setup(thread)
  users = users + 1
  thread:set("user", users)
end

function init(args)
  session = string.format("%032x", user)
  body = '{"province":"ninh-binh","horizon":2030,"model":"local-level","seed":2026,"scenarios":2000,' ..
    '"milestones":[{"year":2027,"rank_at_most":13},{"year":2030,"rank_at_most":10}],' ..
    '"interventions":[{"id":"m' .. user .. '","start":2027,"effects":[{"indicator":"1.1.1","change":"+' .. (10 + user) .. '%"}]}]}'
end

function request()
  return wrk.format("POST", "/api/whatif", {["Content-Type"] = "application/json", ["Cookie"] = "pii_session=" .. session}, body)
end

function done(summary, latency, requests)
  io.write(string.format("what-ifs: %d in %.1f s, errors: %d connect, %d read, %d write, %d timeout, %d non-2xx\n",
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status))
  io.write(string.format("latency: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end

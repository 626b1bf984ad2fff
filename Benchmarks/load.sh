#!/usr/bin/env bash
# make load: 20 concurrent what-if users for 60 s against `pii serve` (wrk, Benchmarks/whatif.lua),
# with the server's resident memory every 10 s. Usage: Benchmarks/load.sh path/to/pii [users] [seconds]
set -euo pipefail
pii=${1:?the pii binary}; users=${2:-20}; seconds=${3:-60}
source "$(dirname "$0")/../Tests/start-server.sh"
start_server "$pii"
rss() { awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' /proc/$server/status; }
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores; memory at start: $(rss)"
( for _ in $(seq $((seconds / 10))); do sleep 10; echo "memory after $((SECONDS)) s: $(rss)"; done ) &
sampler=$!
wrk -t "$users" -c "$users" -d "${seconds}s" --timeout 30s -s Benchmarks/whatif.lua "$address"
wait $sampler || true
echo "memory at the end: $(rss)"

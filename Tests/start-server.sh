# Sourced by Tests/check-api.sh and Benchmarks/load.sh: starts `pii serve` on a free port of
# loopback and sets `server` (its process) and `address` (what it printed), or stops the script.
# Usage: start_server path/to/pii [more pii serve options]
start_server() {
  local log
  log=$(mktemp)
  "$1" serve --port 0 "${@:2}" > "$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null' EXIT
  for _ in $(seq 100); do
    address=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" || true)
    [ -n "$address" ] && break
    sleep 0.1
  done
  [ -n "$address" ] || { echo "pii serve did not start:"; cat "$log"; exit 1; }
  rm -f "$log"
}

#!/bin/sh
# Compares two builds of pii byte for byte on the shipped examples with their seeds: what a
# change that should not move any number (a restructuring) is checked with, beside the
# interleaved benchmark figures. Usage: Benchmarks/compare-outputs.sh OLD_PII NEW_PII
# Prints "same" or "DIFF" per output; exits 1 if any differs. The optimiser's timings are left
# out of its JSON, since they differ from run to run.
set -u
OLD=$1; NEW=$2
S=$(cd "$(dirname "$0")/.." && pwd)/Scenarios
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0
check() {
  name=$1; shift
  "$OLD" "$@" > "$work/old" 2>/dev/null; "$NEW" "$@" > "$work/new" 2>/dev/null
  if cmp -s "$work/old" "$work/new"; then echo "same  $name"; else echo "DIFF  $name"; fail=1; fi
}
check score-json score --format json
check score-table score --lang en
check profile score --province ninh-binh --format json
for f in ninh-binh-2030 ninh-binh-plan ca-mau-2026 ninh-binh-top10-80; do
  check "run-$f" run "$S/$f.yaml" --scenarios 4000 --format json
done
check run-table run "$S/ninh-binh-plan.yaml" --scenarios 2000
check compare compare "$S/ninh-binh-2030.yaml" "$S/ninh-binh-plan.yaml" --scenarios 1000 --format json
check gap gap --province ninh-binh --rank 10 --format json
check pathway gap --milestones --probability 0.6 --scenario "$S/ninh-binh-plan.yaml" --scenarios 300 --check 500 --format json
"$OLD" optimize "$S/ninh-binh-plan.yaml" --scenarios 300 --verify 600 --format json 2>/dev/null | grep -v 'seconds' > "$work/old"
"$NEW" optimize "$S/ninh-binh-plan.yaml" --scenarios 300 --verify 600 --format json 2>/dev/null | grep -v 'seconds' > "$work/new"
if cmp -s "$work/old" "$work/new"; then echo "same  optimize-json"; else echo "DIFF  optimize-json"; fail=1; fi
check backtest backtest --scenarios 300 --format json
check validate validate --format json
for f in ninh-binh-2030 ninh-binh-plan; do
  "$OLD" report "$S/$f.yaml" --out "$work/old.html" --scenarios 1000 >/dev/null 2>&1
  "$NEW" report "$S/$f.yaml" --out "$work/new.html" --scenarios 1000 >/dev/null 2>&1
  if cmp -s "$work/old.html" "$work/new.html"; then echo "same  report-$f"; else echo "DIFF  report-$f"; fail=1; fi
done
# The reports with a search's sections (the optimiser's, the pathway's).
html() {
  name=$1; shift
  "$OLD" "$@" --report "$work/old.html" >/dev/null 2>&1; "$NEW" "$@" --report "$work/new.html" >/dev/null 2>&1
  if cmp -s "$work/old.html" "$work/new.html"; then echo "same  $name"; else echo "DIFF  $name"; fail=1; fi
}
html report-optimize optimize "$S/ninh-binh-plan.yaml" --scenarios 300 --verify 600
html report-pathway gap --milestones --probability 0.6 --scenario "$S/ninh-binh-plan.yaml" --scenarios 300 --check 500
exit $fail

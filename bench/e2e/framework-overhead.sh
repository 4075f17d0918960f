#!/usr/bin/env bash
# Framework overhead: the generated training pipeline end to end without cache (fresh SQLite store)
# versus the same ML work as a plain program (Modelplane.PlainTraining.Bench: no store, no tracking),
# and a fully cached re-run of the pipeline versus that first run. Alternating, N repetitions.
# Usage: bench/e2e/framework-overhead.sh [N=5] [app-folder]   (app-folder from bench/e2e/prepare-app.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; source "$here/timing.sh"
repo="$(cd "$here/../.." && pwd)"
n="${1:-5}"; app="${2:-${TMPDIR:-/tmp}/modelplane-bench-e2e/app}"
require_app "$app"; build_plain
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
machine; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

cd "$app"
for i in $(seq 1 "$n"); do
  rm -rf .modelplane out out-plain
  timed "$work/pipeline" "$work/pipeline.log" dotnet "$dll" train --no-cache
  timed "$work/cached" "$work/cached.log" dotnet "$dll" train
  timed "$work/plain" "$work/plain.log" dotnet "$plain" configs/train_config.yaml
  echo "rep $i: pipeline $(tail -1 "$work/pipeline")s, cached re-run $(tail -1 "$work/cached")s, plain $(tail -1 "$work/plain")s"
  echo "$(tail -1 "$work/pipeline") / $(tail -1 "$work/plain")" | bc -l >> "$work/ratio"
done
grep -o 'test accuracy [0-9]*\.[0-9]*' "$work/pipeline.log" | sed 's/^/pipeline: /'
grep -o 'test accuracy [0-9.]*' "$work/plain.log" | sed 's/^/plain:    /'
echo "Step times of the last no-cache run and the last cached re-run (the engine's own figures):"
grep -E '^\[(done|ok)\]' "$work/pipeline.log"
grep -E '^\[(done|ok)\]' "$work/cached.log"

pipeline=$(median "$work/pipeline"); cached=$(median "$work/cached"); plainm=$(median "$work/plain")
echo
echo "| Run (median of $n, wall seconds, process start to exit) | seconds |"
echo "|---|---:|"
echo "| plain ML program (same ML work, no tracking) | $plainm |"
echo "| generated training pipeline, --no-cache, fresh store | $pipeline |"
echo "| generated training pipeline, cached re-run | $cached |"
echo
echo "Overhead pipeline / plain: $(echo "scale=3; $pipeline / $plainm" | bc) (ratio of medians), $(median "$work/ratio") (median of the per-repetition ratios)   cached / first run: $(echo "scale=3; $cached / $pipeline" | bc)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

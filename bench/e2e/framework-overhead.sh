#!/usr/bin/env bash
# Framework overhead: the generated training pipeline end to end without cache (fresh SQLite store)
# versus the same ML work as a plain program (Modelplane.PlainTraining.Bench: no store, no tracking),
# and a fully cached re-run of the pipeline versus that first run. Both as built (dotnet *.dll) and as
# published with ReadyToRun code (the generated README's way for scheduled runs). Alternating, N repetitions.
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
  for mode in built published; do
    app_command=(dotnet "$dll"); plain_command=(dotnet "$plain")
    [ "$mode" = published ] && app_command=("$published") && plain_command=("$plain_published")
    rm -rf .modelplane out out-plain
    timed "$work/$mode-pipeline" "$work/pipeline.log" "${app_command[@]}" train --no-cache
    timed "$work/$mode-cached" "$work/cached.log" "${app_command[@]}" train
    timed "$work/$mode-plain" "$work/plain.log" "${plain_command[@]}" configs/train_config.yaml
    echo "rep $i, $mode: pipeline $(tail -1 "$work/$mode-pipeline")s, cached re-run $(tail -1 "$work/$mode-cached")s, plain $(tail -1 "$work/$mode-plain")s"
    echo "$(tail -1 "$work/$mode-pipeline") / $(tail -1 "$work/$mode-plain")" | bc -l >> "$work/$mode-ratio"
    echo "$(tail -1 "$work/$mode-cached") / $(tail -1 "$work/$mode-pipeline")" | bc -l >> "$work/$mode-cached-ratio"
  done
done
grep -o 'test accuracy [0-9]*\.[0-9]*' "$work/pipeline.log" | sed 's/^/pipeline: /'
grep -o 'test accuracy [0-9.]*' "$work/plain.log" | sed 's/^/plain:    /'
echo "Step times of the last no-cache run and the last cached re-run (the engine's own figures):"
grep -E '^\[(done|ok)\]' "$work/pipeline.log"
grep -E '^\[(done|ok)\]' "$work/cached.log"

echo
echo "| Median of $n, wall seconds, process start to exit | plain ML program (same ML work, no tracking) | pipeline, --no-cache, fresh store | pipeline, cached re-run | pipeline / plain (of medians; per repetition) | cached / first run (of medians; per repetition) |"
echo "|---|---:|---:|---:|---:|---:|"
for mode in built published; do
  pipeline=$(median "$work/$mode-pipeline"); cached=$(median "$work/$mode-cached"); plainm=$(median "$work/$mode-plain")
  echo "| $mode | $plainm | $pipeline | $cached | $(echo "scale=3; $pipeline / $plainm" | bc); $(median "$work/$mode-ratio" | cut -c1-5) | $(echo "scale=3; $cached / $pipeline" | bc); $(median "$work/$mode-cached-ratio" | cut -c1-5) |"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Against ZenML's template compute: the ML work of ZenML's e2e_batch training + inference in plain
# scikit-learn (zenml_sklearn_equivalent.py: 2 models × 10 trials × 3-fold CV, no ZenML overhead)
# versus the generated project's `train --no-cache` then `infer` (4 trainers × 10 trials × 3-fold CV,
# on its own fresh SQLite store each time), run as built (dotnet E2eBatch.dll, as `dotnet run` runs it) and
# as published with ReadyToRun code (the project README's way for scheduled runs); alternating, N repetitions.
# Usage: bench/e2e/compare-zenml.sh [N=5] [app-folder]   (app-folder from bench/e2e/prepare-app.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; source "$here/timing.sh"
n="${1:-5}"; app="${2:-${TMPDIR:-/tmp}/modelplane-bench-e2e/app}"
require_app "$app"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
machine; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

cd "$app"
for i in $(seq 1 "$n"); do
  timed "$work/python" "$work/python.log" /usr/bin/python3 "$here/zenml_sklearn_equivalent.py" data/breast_cancer.csv
  grep -o 'test_acc=[0-9.]*' "$work/python.log" | cut -d= -f2 >> "$work/python-acc"
  for mode in built published; do
    app_command=(dotnet "$dll"); [ "$mode" = published ] && app_command=("$published")
    rm -rf .modelplane out
    start=$(date +%s.%N)
    timed "$work/$mode-train" "$work/train.log" "${app_command[@]}" train --no-cache
    timed "$work/$mode-infer" "$work/infer.log" "${app_command[@]}" infer
    echo "$(date +%s.%N) - $start" | bc >> "$work/$mode"
    grep -o 'test accuracy [0-9]*\.[0-9]*' "$work/train.log" | awk '{print $3}' >> "$work/ours-acc"
    echo "$(tail -1 "$work/$mode") / $(tail -1 "$work/python")" | bc -l >> "$work/$mode-ratio"
  done
  echo "rep $i: python $(tail -1 "$work/python")s, built $(tail -1 "$work/built")s (train $(tail -1 "$work/built-train")s + infer $(tail -1 "$work/built-infer")s), published $(tail -1 "$work/published")s (train $(tail -1 "$work/published-train")s + infer $(tail -1 "$work/published-infer")s)"
done

py=$(median "$work/python")
echo
echo "| Run (median of $n, wall seconds) | training + inference | training | inference | ratio to scikit-learn (of medians; median per repetition) |"
echo "|---|---:|---:|---:|---:|"
echo "| scikit-learn equivalent of ZenML e2e_batch | $py | | | 1 |"
for mode in built published; do
  m=$(median "$work/$mode")
  echo "| Modelplane generated app, $mode | $m | $(median "$work/$mode-train") | $(median "$work/$mode-infer") | $(echo "scale=2; $m / $py" | bc); $(median "$work/$mode-ratio" | cut -c1-4) |"
done
echo
echo "Test accuracy, each run: scikit-learn $(sort -u "$work/python-acc" | paste -sd/), Modelplane $(sort -u "$work/ours-acc" | paste -sd/)"
echo "Last scikit-learn run: $(tail -1 "$work/python.log")"
echo "Last Modelplane training run, per step:"; grep -E '^\[(done|ok)\]' "$work/train.log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

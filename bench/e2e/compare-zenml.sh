#!/usr/bin/env bash
# Against ZenML's template compute: the ML work of ZenML's e2e_batch training + inference in plain
# scikit-learn (zenml_sklearn_equivalent.py: 2 models × 10 trials × 3-fold CV, no ZenML overhead)
# versus the generated project's `train --no-cache` then `infer` (4 trainers × 10 trials × 3-fold CV,
# on its own fresh SQLite store each time), alternating, N repetitions each.
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
  rm -rf .modelplane out
  start=$(date +%s.%N)
  timed "$work/train" "$work/train.log" dotnet "$dll" train --no-cache
  timed "$work/infer" "$work/infer.log" dotnet "$dll" infer
  echo "$(date +%s.%N) - $start" | bc >> "$work/ours"
  grep -o 'test accuracy [0-9]*\.[0-9]*' "$work/train.log" | awk '{print $3}' >> "$work/ours-acc"
  echo "$(tail -1 "$work/ours") / $(tail -1 "$work/python")" | bc -l >> "$work/ratio"
  echo "rep $i: python $(tail -1 "$work/python")s, ours $(tail -1 "$work/ours")s (train $(tail -1 "$work/train")s + infer $(tail -1 "$work/infer")s)"
done

py=$(median "$work/python"); ours=$(median "$work/ours")
echo
echo "| Run (median of $n, wall seconds) | scikit-learn equivalent of ZenML e2e_batch | Modelplane generated app |"
echo "|---|---:|---:|"
echo "| training + inference | $py | $ours (train $(median "$work/train") + infer $(median "$work/infer")) |"
echo "| test accuracy (each run) | $(sort -u "$work/python-acc" | paste -sd/) | $(sort -u "$work/ours-acc" | paste -sd/) |"
echo
echo "Ratio Modelplane / scikit-learn: $(echo "scale=2; $ours / $py" | bc) (ratio of medians), $(median "$work/ratio") (median of the per-repetition ratios)"
echo "Last scikit-learn run: $(tail -1 "$work/python.log")"
echo "Last Modelplane training run, per step:"; grep -E '^\[(done|ok)\]' "$work/train.log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

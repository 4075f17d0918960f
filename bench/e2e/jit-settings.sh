#!/usr/bin/env bash
# The generated app under different JIT settings: for each setting, `train --no-cache` on a fresh store,
# a cached `train`, the plain ML program (Modelplane.PlainTraining.Bench) and `infer`, alternating
# settings within each repetition. The app ships with tiered compilation on and TieredPGO off
# (E2eBatch.csproj); the DOTNET_* variables override that for one process.
# Usage: bench/e2e/jit-settings.sh [N=5] [app-folder]   (app-folder from bench/e2e/prepare-app.sh)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; source "$here/timing.sh"
n="${1:-5}"; app="${2:-${TMPDIR:-/tmp}/modelplane-bench-e2e/app}"
require_app "$app"; build_plain
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
machine; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A settings=(
  [tiered-off]="DOTNET_TieredCompilation=0"
  [tiered-on]="DOTNET_TieredCompilation=1"
  [tiered-on-no-pgo]="DOTNET_TieredCompilation=1 DOTNET_TieredPGO=0"
  [tiered-on-no-pgo-loops-optimized]="DOTNET_TieredCompilation=1 DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=0"
)
order=(tiered-off tiered-on tiered-on-no-pgo tiered-on-no-pgo-loops-optimized)

cd "$app"
for i in $(seq 1 "$n"); do
  for setting in "${order[@]}"; do
    read -ra vars <<< "${settings[$setting]}"
    rm -rf .modelplane out out-plain
    timed "$work/$setting.first" "$work/log" env "${vars[@]}" dotnet "$dll" train --no-cache
    timed "$work/$setting.cached" "$work/log" env "${vars[@]}" dotnet "$dll" train
    timed "$work/$setting.plain" "$work/log" env "${vars[@]}" dotnet "$plain" configs/train_config.yaml
    timed "$work/$setting.infer" "$work/log" env "${vars[@]}" dotnet "$dll" infer
    echo "rep $i $setting: first $(tail -1 "$work/$setting.first")s, cached $(tail -1 "$work/$setting.cached")s, plain $(tail -1 "$work/$setting.plain")s, infer $(tail -1 "$work/$setting.infer")s"
  done
done

echo
echo "| Setting (median of $n, wall seconds) | train --no-cache | cached train | plain program | infer | no cache / plain | cached / no cache |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for setting in "${order[@]}"; do
  first=$(median "$work/$setting.first"); cached=$(median "$work/$setting.cached"); plainm=$(median "$work/$setting.plain"); infer=$(median "$work/$setting.infer")
  echo "| \`${settings[$setting]}\` | $first | $cached | $plainm | $infer | $(echo "scale=2; $first / $plainm" | bc) | $(echo "scale=2; $cached / $first" | bc) |"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# Time to first model: from `dotnet new e2e-batch` to a promoted model version (generate + build + train),
# with NuGet packages already cached. Packs the template once, installs it into a private hive, then
# times RUNS fresh projects and prints each time and the median.
#   bench/scripts/time-to-first-model.sh [RUNS]     (default 3)
set -euo pipefail
runs="${1:-3}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/modelplane-ttfm-XXXXXX")"
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/templates/Modelplane.Templates.csproj" -c Release -o "$work/pack" > "$work/pack.log"
dotnet new install "$work"/pack/Modelplane.Templates.*.nupkg --debug:custom-hive "$work/hive" > /dev/null
# A private packages folder for the Modelplane packages just packed; everything else links to the user's cache.
export NUGET_PACKAGES="$work/nuget"
mkdir -p "$NUGET_PACKAGES"
for package in "${HOME}/.nuget/packages/"*; do
  case "$(basename "$package")" in modelplane*) ;; *) ln -s "$package" "$NUGET_PACKAGES/" ;; esac
done
# Warm-up: restore the Modelplane packages into the private folder once (packages cached, as for a user).
dotnet new e2e-batch -o "$work/warmup/Warmup" --debug:custom-hive "$work/hive" > /dev/null
dotnet build "$work/warmup/Warmup/Warmup.slnx" > /dev/null

times=()
for i in $(seq 1 "$runs"); do
  project="$work/run$i/Churn$i"
  start=$(date +%s.%N)
  dotnet new e2e-batch -o "$project" --debug:custom-hive "$work/hive" > /dev/null
  dotnet build "$project/src/Churn$i" > /dev/null
  (cd "$project" && dotnet run --project "src/Churn$i" --no-build -- train > "$work/train$i.log")
  end=$(date +%s.%N)
  seconds=$(echo "$end - $start" | bc)
  grep -q "Training finished" "$work/train$i.log"
  times+=("$seconds")
  echo "run $i: ${seconds} s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median: %.1f s over %d runs\n", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), NR}'

#!/usr/bin/env bash
# The main job, end to end, as a new user would run it: pack the template pack, install it into a
# private template hive (your own `dotnet new` list is left alone), generate an e2e-batch project in
# out/demo, then train (version 1 promoted to staging) and run batch inference with it.
# Usage: ./demo.sh [extra `dotnet new e2e-batch` options, e.g. --target-environment production]
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
out="$root/out"

if ! ldconfig -p 2>/dev/null | grep -q libgomp.so.1; then
  echo "demo: LightGBM needs libgomp1 (on Debian/Ubuntu: sudo apt-get install libgomp1)." >&2
  exit 1
fi

rm -rf "$out/demo" "$out/hive"
mkdir -p "$out"
start=$(date +%s.%N)

echo "== Packing the template pack (bundles the Modelplane packages)"
dotnet pack templates/Modelplane.Templates.csproj -c Release -o "$out/packages" -nologo -v quiet
pack=$(ls -t "$out"/packages/Modelplane.Templates.*.nupkg | head -1)
version=$(basename "$pack" .nupkg); version=${version#Modelplane.Templates.}

# NuGet never re-extracts a package version it already holds, so Modelplane packages of this same
# version left in the NuGet cache by an earlier pack would shadow the ones just bundled (the build
# then fails on whatever changed since). Remove those stale copies; nothing else in the cache is touched.
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for stale in "$cache"/modelplane*/"$version"; do
  [[ -d "$stale" ]] || continue
  echo "== Removing a stale copy from the NuGet cache: ${stale#"$cache"/}"
  rm -rf "$stale"
done

echo "== Installing $(basename "$pack") into a private hive ($out/hive)"
dotnet new install "$pack" --debug:custom-hive "$out/hive" >/dev/null

echo "== dotnet new e2e-batch -n Demo -o out/demo $*"
gen_start=$(date +%s.%N)
dotnet new e2e-batch -n Demo -o "$out/demo" --debug:custom-hive "$out/hive" "$@"

echo "== Training and batch inference (dotnet run --project src/Demo)"
cd "$out/demo"
dotnet run --project src/Demo -c Release
end=$(date +%s.%N)
awk -v a="$start" -v g="$gen_start" -v e="$end" 'BEGIN { printf "\n== Done: %.0f s in all, %.0f s from `dotnet new` to predictions. Open out/demo/out/*.html\n", e - a, e - g }'

#!/usr/bin/env bash
# Builds the template pack from this checkout, creates a project from it with the default options
# (dotnet new e2e-batch) and builds that project in Release. The e2e benchmarks (compare-zenml.sh,
# framework-overhead.sh) time the built app, and the app published with ReadyToRun code as the project's
# README describes for scheduled runs (app/publish). Usage: bench/e2e/prepare-app.sh [work-folder]
# The generated project restores from a private NuGet packages folder, so it always gets the Modelplane
# packages just packed, never a stale copy of the same version; other packages are linked from the
# user's NuGet cache (as template-tests/ does).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-${TMPDIR:-/tmp}/modelplane-bench-e2e}"
rm -rf "$work"; mkdir -p "$work/pack" "$work/hive" "$work/nuget-packages"

dotnet pack "$repo/templates/Modelplane.Templates.csproj" -c Release -o "$work/pack" -nologo -v q
user_packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
for package in "$user_packages"/*; do
  case "$(basename "$package")" in modelplane|modelplane.*) ;; *) ln -s "$package" "$work/nuget-packages/";; esac
done

dotnet new install "$work"/pack/Modelplane.Templates.*.nupkg --debug:custom-hive "$work/hive" >/dev/null
dotnet new e2e-batch -n E2eBatch -o "$work/app" --debug:custom-hive "$work/hive" --no-restore >/dev/null
NUGET_PACKAGES="$work/nuget-packages" dotnet build "$work/app/src/E2eBatch" -c Release -nologo -v q
(cd "$work/app" && NUGET_PACKAGES="$work/nuget-packages" dotnet publish src/E2eBatch -c Release -p:PublishReadyToRun=true -o publish -nologo -v q)
echo "$work/app"

# Shared helpers of the e2e benchmark scripts (sourced, not run).

# Runs a command in the current folder, appends its wall time in seconds to the file $1, keeps its output in $2.
timed() {
  local times="$1" log="$2"; shift 2
  local start end
  start=$(date +%s.%N)
  "$@" > "$log" 2>&1 || { echo "failed: $* (see $log)" >&2; tail -20 "$log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc >> "$times"
}

# Sets $dll to the built app in the folder $1 and $published to the app published with ReadyToRun code
# (both from prepare-app.sh), or stops with what to run first.
require_app() {
  dll="$1/src/E2eBatch/bin/Release/net10.0/E2eBatch.dll"
  published="$1/publish/E2eBatch"
  [ -f "$dll" ] && [ -x "$published" ] || { echo "No built and published app in $1; run bench/e2e/prepare-app.sh first." >&2; exit 1; }
}

# Builds the plain-program baseline (Modelplane.PlainTraining.Bench) and sets $plain to it; publishes it
# with ReadyToRun code too, as the app, and sets $plain_published to that.
build_plain() {
  local project; project="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/Modelplane.PlainTraining.Bench"
  dotnet build "$project" -c Release -nologo -v q > /dev/null
  plain="$project/bin/Release/net10.0/Modelplane.PlainTraining.Bench.dll"
  dotnet publish "$project" -c Release -p:PublishReadyToRun=true -o "$project/bin/publish" -nologo -v q > /dev/null
  plain_published="$project/bin/publish/Modelplane.PlainTraining.Bench"
}

# Median of the numbers in a file, one per line.
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

machine() {
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg), .NET SDK $(dotnet --version), $(/usr/bin/python3 -c 'import sklearn, sys; print("Python", sys.version.split()[0], "scikit-learn", sklearn.__version__)')"
}

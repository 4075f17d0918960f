#!/usr/bin/env bash
# Model quality: the template's training recipe against scikit-learn on the same stratified 10 folds.
# Usage: bench/quality/run.sh            (from anywhere; about 2-5 minutes on 2 cores)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
data="$repo/data/breast_cancer.csv"

/usr/bin/python3 "$repo/bench/quality/sklearn_cv.py" "$data" "$work/folds.csv" > "$work/sklearn.md"
dotnet build "$repo/bench/quality/Modelplane.Quality.Bench" -c Release -nologo -v q > /dev/null
dotnet "$repo/bench/quality/Modelplane.Quality.Bench/bin/Release/net10.0/Modelplane.Quality.Bench.dll" \
  "$data" "$work/folds.csv" "$repo/templates/e2e-batch/configs/train_config.yaml" > "$work/modelplane.md"

echo "Stratified 10-fold CV on $(basename "$data"), StratifiedKFold(10, shuffle=True, random_state=42), same folds for every row; mean ± sd (ddof 0)"
echo
echo "| Model | Accuracy | ROC AUC |"
echo "|---|---|---|"
grep '^|' "$work/modelplane.md"
cat "$work/sklearn.md"
echo
grep -v '^|' "$work/modelplane.md" | sed '/^$/d'
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg), .NET SDK $(dotnet --version), $(/usr/bin/python3 -c 'import sklearn; print("scikit-learn", sklearn.__version__)')"

"""scikit-learn side of the model-quality benchmark (bench/quality/run.sh).

Writes the fold assignment once (StratifiedKFold(10, shuffle=True, random_state=42): one line per data
row, `row,fold`, rows 0-based in file order) so the .NET side scores on exactly the same folds, then
prints one markdown row per scikit-learn model: mean ± population sd (ddof 0, as cross_val_score
users usually report) of accuracy and ROC AUC over the 10 test folds.

Usage: /usr/bin/python3 sklearn_cv.py data/breast_cancer.csv folds.csv
"""
import csv
import sys

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

data_path, folds_path = sys.argv[1], sys.argv[2]
with open(data_path, newline="") as f:
    rows = list(csv.reader(f))
header, body = rows[0], rows[1:]
label = header.index("target")
X = np.array([[float(v) for i, v in enumerate(r) if i != label] for r in body])
y = np.array([int(float(r[label])) for r in body])

folds = list(StratifiedKFold(n_splits=10, shuffle=True, random_state=42).split(X, y))
assignment = np.empty(len(y), dtype=int)
for k, (_, test) in enumerate(folds):
    assignment[test] = k
with open(folds_path, "w", newline="") as f:
    f.write("row,fold\n")
    f.writelines(f"{i},{k}\n" for i, k in enumerate(assignment))

models = {
    "scikit-learn LogisticRegression + StandardScaler": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=10000)),
    "scikit-learn RandomForestClassifier(100)": lambda: RandomForestClassifier(random_state=42),
    "scikit-learn GradientBoostingClassifier": lambda: GradientBoostingClassifier(random_state=42),
}
for name, make in models.items():
    acc, auc = [], []
    for train, test in folds:
        model = make().fit(X[train], y[train])
        acc.append(accuracy_score(y[test], model.predict(X[test])))
        auc.append(roc_auc_score(y[test], model.predict_proba(X[test])[:, 1]))
    print(f"| {name} | {np.mean(acc):.4f} ± {np.std(acc):.4f} | {np.mean(auc):.4f} ± {np.std(auc):.4f} |")

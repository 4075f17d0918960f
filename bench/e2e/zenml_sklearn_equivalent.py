# Copied unchanged (below this header) from the Modelplane team reference shared/reference/sklearn_e2e_equivalent.py,
# written for the performance comparison: the ML work of ZenML's e2e_batch template (zenml-io/template-e2e-batch,
# Apache-2.0) without ZenML. Used by bench/e2e/compare-zenml.sh.
"""The ML work of ZenML's e2e_batch training + inference pipelines, in plain scikit-learn (no ZenML).
Same data (569-row WDBC), same steps: 5% inference hold-out, 80/20 split seed 42, MinMax preprocessing,
RandomizedSearchCV(n_iter=10, cv=3, accuracy) over RandomForest and DecisionTree grids, evaluation,
then inference on the hold-out. Prints wall time per phase and test accuracy. Anchor for the
performance area: what the Python template's compute costs on this machine without framework overhead."""
import sys, time, csv
import numpy as np
from sklearn.model_selection import train_test_split, RandomizedSearchCV
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import accuracy_score

t0 = time.perf_counter()
rows = list(csv.reader(open(sys.argv[1])))
X = np.array([[float(v) for v in r[:-1]] for r in rows[1:]]); y = np.array([int(r[-1]) for r in rows[1:]])
rng = np.random.RandomState(7)
inf_idx = rng.choice(len(X), int(len(X) * 0.05), replace=False)
mask = np.ones(len(X), bool); mask[inf_idx] = False
X_inf, X_all, y_all = X[inf_idx], X[mask], y[mask]
Xtr, Xte, ytr, yte = train_test_split(X_all, y_all, test_size=0.2, random_state=42, shuffle=True)
pre = MinMaxScaler().fit(Xtr); Xtr, Xte = pre.transform(Xtr), pre.transform(Xte)
t_etl = time.perf_counter() - t0
grids = {
  "random_forest": (RandomForestClassifier(), {"criterion": ["gini", "entropy"], "max_depth": [2,4,6,8,10,12], "min_samples_leaf": list(range(1,10)), "n_estimators": list(range(50,500,25))}),
  "decision_tree": (DecisionTreeClassifier(), {"criterion": ["gini", "entropy"], "max_depth": [2,4,6,8,10,12], "min_samples_leaf": list(range(1,10))}),
}
t1 = time.perf_counter(); best, best_acc = None, -1
for name, (est, grid) in grids.items():
    cv = RandomizedSearchCV(est, grid, cv=3, n_jobs=-1, n_iter=10, random_state=42, scoring="accuracy", refit=True).fit(Xtr, ytr)
    acc = accuracy_score(yte, cv.best_estimator_.predict(Xte))
    if acc > best_acc: best, best_acc = cv.best_estimator_, acc
t_hp = time.perf_counter() - t1
t2 = time.perf_counter(); model = best.fit(Xtr, ytr); tr_acc = model.score(Xtr, ytr); te_acc = model.score(Xte, yte); t_train = time.perf_counter() - t2
t3 = time.perf_counter(); preds = model.predict(pre.transform(X_inf)); t_inf = time.perf_counter() - t3
print(f"etl {t_etl:.3f}s hp_search {t_hp:.2f}s train+eval {t_train:.3f}s inference {t_inf:.4f}s total {time.perf_counter()-t0:.2f}s; "
      f"best={type(best).__name__} train_acc={tr_acc:.4f} test_acc={te_acc:.4f} n_inf={len(preds)}")

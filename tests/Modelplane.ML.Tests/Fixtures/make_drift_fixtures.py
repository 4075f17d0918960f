"""Reference values for Modelplane.ML's drift statistics, computed once with SciPy.

Run with Debian's python3 (python3-scipy, python3-numpy):  /usr/bin/python3 make_drift_fixtures.py
It writes drift_fixtures.json next to this file; DriftStatisticsTests reads it. The formulas follow
Evidently 0.7 (see docs/ml.md): the tests call SciPy exactly as Evidently does.
"""
import json
import os

import numpy as np
from scipy import stats
from scipy.spatial import distance

rng = np.random.default_rng(20260423)


def rounded(values, digits=3):
    return [float(round(v, digits)) for v in values]


def ks_case(name, a, b):
    result = stats.ks_2samp(a, b)  # method='auto', as Evidently calls it
    return {"name": name, "reference": list(map(float, a)), "current": list(map(float, b)),
            "statistic": float(result.statistic), "p_value": float(result.pvalue)}


ks = [
    ks_case("exact_equal_sizes_50", rounded(rng.normal(0, 1, 50)), rounded(rng.normal(0.5, 1, 50))),
    ks_case("exact_unequal_sizes_120_87", rounded(rng.normal(0, 1, 120)), rounded(rng.normal(0.3, 1.2, 87))),
    ks_case("exact_small_p_300_1000", rounded(rng.normal(0, 1, 300)), rounded(rng.normal(0.4, 1, 1000))),
    ks_case("exact_same_distribution_200_150", rounded(rng.normal(0, 1, 200)), rounded(rng.normal(0, 1, 150))),
    ks_case("exact_with_ties_80_60", [float(v) for v in rng.integers(0, 8, 80)], [float(v) for v in rng.integers(1, 9, 60)]),
    ks_case("exact_largest_10000_and_500", rounded(rng.normal(0, 1, 500)), rounded(rng.normal(0.1, 1, 10000), 2)),
    ks_case("asymptotic_150_10200", rounded(rng.normal(0, 1, 150)), rounded(rng.normal(0.2, 1, 10200), 2)),
    ks_case("asymptotic_100_10400", rounded(rng.normal(0, 1, 100)), rounded(rng.normal(0.1, 1, 10400), 2)),
    ks_case("asymptotic_large_shift_400_10100", rounded(rng.normal(0, 1, 400)), rounded(rng.normal(0.3, 1, 10100), 2)),
]

kolmogorov = []
for n, x in [(50, 0.012), (50, 0.05), (50, 0.15), (50, 0.3), (50, 0.6), (50, 0.99), (120, 0.07), (120, 0.2),
             (500, 0.02), (500, 0.05), (500, 0.1), (5000, 0.01), (5000, 0.03), (200000, 0.002), (200000, 0.004)]:
    kolmogorov.append({"n": n, "x": x, "sf": float(stats.kstwo.sf(x, n))})


def evidently_chi_square(reference, current):
    keys = sorted(set(reference) | set(current))
    k_norm = len(current) / len(reference)
    f_exp = [reference.count(k) * k_norm for k in keys]
    f_obs = [current.count(k) for k in keys]
    return float(stats.chisquare(f_obs, f_exp)[1])


def evidently_z_test(reference, current):
    keys = sorted(set(reference) | set(current))
    ref = np.array([0 if x == keys[0] else 1 for x in reference])
    cur = np.array([0 if x == keys[0] else 1 for x in current])
    n1, n2 = len(ref), len(cur)
    p1, p2 = ref.sum() / n1, cur.sum() / n2
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / np.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    return float(2 * (1 - stats.norm.cdf(np.abs(z))))


def binned(reference, current, numeric, fill_zeroes):
    reference, current = np.asarray(reference), np.asarray(current)
    if numeric and len(np.unique(reference)) > 20:
        bins = np.histogram_bin_edges(np.concatenate([reference, current]), bins="sturges")
        r = np.histogram(reference, bins)[0] / len(reference)
        c = np.histogram(current, bins)[0] / len(current)
    else:
        keys = sorted(set(reference.tolist()) | set(current.tolist()))
        r = np.array([np.sum(reference == k) / len(reference) for k in keys])
        c = np.array([np.sum(current == k) / len(current) for k in keys])
    if fill_zeroes:
        for arr in (r, c):
            smallest = min(arr[arr != 0])
            np.place(arr, arr == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return r, c


def jensen_shannon(reference, current, numeric):
    r, c = binned(reference, current, numeric, fill_zeroes=False)
    return float(distance.jensenshannon(r, c))


def psi(reference, current, numeric):
    r, c = binned(reference, current, numeric, fill_zeroes=True)
    return float(np.sum((r - c) * np.log(r / c)))


colours = ["red", "green", "blue", "white"]
cat_ref = [str(v) for v in rng.choice(colours, 300, p=[0.4, 0.3, 0.2, 0.1])]
cat_cur = [str(v) for v in rng.choice(colours, 200, p=[0.3, 0.3, 0.25, 0.15])]
cat_cur_same = [str(v) for v in rng.choice(colours, 250, p=[0.4, 0.3, 0.2, 0.1])]
bin_ref = [str(v) for v in rng.choice(["no", "yes"], 400, p=[0.7, 0.3])]
bin_cur = [str(v) for v in rng.choice(["no", "yes"], 350, p=[0.6, 0.4])]
num_ref = rounded(rng.normal(10, 2, 1500))
num_cur = rounded(rng.normal(10.5, 2.4, 1200))
small_ref = [float(v) for v in rng.integers(0, 5, 1500)]
small_cur = [float(v) for v in rng.integers(0, 6, 1300)]

fixtures = {
    "kolmogorov_smirnov": ks,
    "kolmogorov_survival": kolmogorov,
    "chi_square": [
        {"name": "shifted_colours", "reference": cat_ref, "current": cat_cur, "p_value": evidently_chi_square(cat_ref, cat_cur)},
        {"name": "same_colours", "reference": cat_ref, "current": cat_cur_same, "p_value": evidently_chi_square(cat_ref, cat_cur_same)},
    ],
    "z_test": [
        {"name": "yes_no", "reference": bin_ref, "current": bin_cur, "p_value": evidently_z_test(bin_ref, bin_cur)},
        {"name": "yes_no_same", "reference": bin_ref, "current": bin_ref[:200], "p_value": evidently_z_test(bin_ref, bin_ref[:200])},
    ],
    "wasserstein_normed": [
        {"name": "normal_shift", "reference": num_ref, "current": num_cur,
         "value": float(stats.wasserstein_distance(num_ref, num_cur) / max(np.std(num_ref), 0.001))},
    ],
    "jensen_shannon": [
        {"name": "numeric_sturges", "numeric": True, "reference": num_ref, "current": num_cur, "value": jensen_shannon(num_ref, num_cur, True)},
        {"name": "numeric_few_values", "numeric": True, "reference": small_ref, "current": small_cur, "value": jensen_shannon(small_ref, small_cur, True)},
        {"name": "categorical", "numeric": False, "reference": cat_ref, "current": cat_cur, "value": jensen_shannon(cat_ref, cat_cur, False)},
    ],
    "psi": [
        {"name": "numeric_sturges", "numeric": True, "reference": num_ref, "current": num_cur, "value": psi(num_ref, num_cur, True)},
        {"name": "numeric_few_values_with_empty_bin", "numeric": True, "reference": small_ref, "current": small_cur, "value": psi(small_ref, small_cur, True)},
        {"name": "categorical", "numeric": False, "reference": cat_ref, "current": cat_cur, "value": psi(cat_ref, cat_cur, False)},
    ],
    "mcnemar": [
        {"b": b, "c": c,
         "exact_p_value": float(stats.binomtest(min(b, c), b + c, 0.5).pvalue),
         "chi_square": float((abs(b - c) - 1) ** 2 / (b + c)),
         "chi_square_p_value": float(stats.chi2.sf((abs(b - c) - 1) ** 2 / (b + c), 1))}
        for b, c in [(1, 0), (5, 1), (3, 3), (12, 4), (40, 25), (2, 9)]
    ],
}

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "drift_fixtures.json"), "w") as out:
    json.dump(fixtures, out, separators=(",", ":"))

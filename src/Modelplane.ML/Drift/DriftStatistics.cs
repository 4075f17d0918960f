using MathNet.Numerics.Distributions;

namespace Modelplane.ML.Drift;

/// <summary>
/// The drift statistics, computed as Evidently computes them (see docs/ml.md): missing values
/// are removed before any of these is called.
/// </summary>
internal static class DriftStatistics
{
    /// <summary>Chi-square p-value of current counts against reference proportions scaled to the current size.</summary>
    public static double ChiSquare(string[] reference, string[] current)
    {
        var keys = reference.Concat(current).Distinct(StringComparer.Ordinal).ToArray();
        var referenceCounts = Counts(reference);
        var currentCounts = Counts(current);
        var scale = (double)current.Length / reference.Length;
        double statistic = 0;
        foreach (var key in keys)
        {
            var expected = referenceCounts.GetValueOrDefault(key) * scale;
            var observed = (double)currentCounts.GetValueOrDefault(key);
            if (expected == 0)
            {
                // A category the reference never had: SciPy's statistic is infinite, p = 0.
                return observed > 0 ? 0 : double.NaN;
            }

            statistic += (observed - expected) * (observed - expected) / expected;
        }

        return keys.Length < 2 ? 1 : 1 - ChiSquared.CDF(keys.Length - 1, statistic);
    }

    /// <summary>Two-proportion Z-test p-value; the first category in ordinal order is coded 0, the rest 1.</summary>
    public static double ZTest(string[] reference, string[] current)
    {
        var keys = reference.Concat(current).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (keys.Length == 1)
        {
            return 1;
        }

        double p1 = reference.Count(v => v != keys[0]) / (double)reference.Length;
        double p2 = current.Count(v => v != keys[0]) / (double)current.Length;
        double n1 = reference.Length, n2 = current.Length;
        var pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        var z = (p1 - p2) / Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        return 2 * (1 - Normal.CDF(0, 1, Math.Abs(z)));
    }

    /// <summary>W₁(reference, current) / max(std(reference), 0.001), std with ddof 0 (NumPy's default).</summary>
    public static double WassersteinNormed(double[] reference, double[] current)
    {
        var mean = reference.Average();
        var std = Math.Sqrt(reference.Select(v => (v - mean) * (v - mean)).Average());
        return Wasserstein(reference, current) / Math.Max(std, 0.001);
    }

    /// <summary>The first Wasserstein distance between two empirical distributions: ∫ |F₁ − F₂| dx.</summary>
    public static double Wasserstein(double[] u, double[] v)
    {
        var a = u.Order().ToArray();
        var b = v.Order().ToArray();
        var all = a.Concat(b).Order().ToArray();
        double distance = 0;
        int i = 0, j = 0;
        for (var k = 0; k < all.Length - 1; k++)
        {
            while (i < a.Length && a[i] <= all[k])
            {
                i++;
            }

            while (j < b.Length && b[j] <= all[k])
            {
                j++;
            }

            distance += Math.Abs((double)i / a.Length - (double)j / b.Length) * (all[k + 1] - all[k]);
        }

        return distance;
    }

    /// <summary>SciPy's <c>jensenshannon</c> (natural log) of the two binned distributions, each normalised to sum 1.</summary>
    public static double JensenShannon(double[] p, double[] q)
    {
        var sp = p.Sum();
        var sq = q.Sum();
        double divergence = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var pi = p[i] / sp;
            var qi = q[i] / sq;
            var m = (pi + qi) / 2;
            divergence += RelativeEntropy(pi, m) + RelativeEntropy(qi, m);
        }

        return Math.Sqrt(Math.Max(divergence / 2, 0));
    }

    /// <summary>PSI = Σ (r − c) · ln(r / c) over bins, zero shares replaced as Evidently does.</summary>
    public static double Psi(double[] reference, double[] current)
    {
        var r = FillZeroes(reference);
        var c = FillZeroes(current);
        double psi = 0;
        for (var i = 0; i < r.Length; i++)
        {
            psi += (r[i] - c[i]) * Math.Log(r[i] / c[i]);
        }

        return psi;
    }

    private static double RelativeEntropy(double x, double y) => x > 0 && y > 0 ? x * Math.Log(x / y) : x == 0 && y >= 0 ? 0 : double.PositiveInfinity;

    private static double[] FillZeroes(double[] shares)
    {
        var nonZero = shares.Where(s => s != 0).DefaultIfEmpty(0.0001).Min();
        var fill = nonZero <= 0.0001 ? nonZero / 1e6 : 0.0001;
        return shares.Select(s => s == 0 ? fill : s).ToArray();
    }

    private static Dictionary<string, int> Counts(string[] values)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        return counts;
    }
}

namespace Modelplane.ML.Drift;

/// <summary>
/// Evidently's binning for Jensen-Shannon and PSI: numeric columns whose reference has more than 20
/// distinct values get NumPy's Sturges bins over both samples; otherwise each distinct value is a bin.
/// </summary>
internal static class Binning
{
    public static (double[] Reference, double[] Current) Numeric(double[] reference, double[] current)
    {
        if (reference.Distinct().Count() <= 20)
        {
            return Categorical(reference.Select(Key).ToArray(), current.Select(Key).ToArray());
        }

        var edges = SturgesEdges(reference.Concat(current).ToArray());
        return (Shares(Histogram(reference, edges), reference.Length), Shares(Histogram(current, edges), current.Length));
    }

    public static (double[] Reference, double[] Current) Categorical(string[] reference, string[] current)
    {
        var keys = reference.Concat(current).Distinct(StringComparer.Ordinal).ToArray();
        double[] Shares(string[] values)
        {
            var counts = values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return keys.Select(k => counts.GetValueOrDefault(k) / (double)values.Length).ToArray();
        }

        return (Shares(reference), Shares(current));
    }

    /// <summary><c>np.histogram_bin_edges(values, bins="sturges")</c>, with NumPy's floating-point steps.</summary>
    public static double[] SturgesEdges(double[] values)
    {
        var first = values.Min();
        var last = values.Max();
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }

        var range = last - first;
        var width = values.Max() - values.Min();
        width /= Math.Log2(values.Length) + 1.0;
        var bins = width > 0 ? (int)Math.Ceiling(range / width) : 1;
        var edges = new double[bins + 1];
        var step = range / bins;
        for (var i = 0; i <= bins; i++)
        {
            edges[i] = i * step + first;
        }

        edges[bins] = last;
        return edges;
    }

    /// <summary><c>np.histogram(values, edges)</c>: bins are [e_i, e_i+1), the last one closed.</summary>
    public static long[] Histogram(double[] values, double[] edges)
    {
        var counts = new long[edges.Length - 1];
        foreach (var value in values)
        {
            if (value < edges[0] || value > edges[^1])
            {
                continue;
            }

            var index = Array.BinarySearch(edges, value);
            index = index >= 0 ? index : ~index - 1;
            counts[Math.Min(index, counts.Length - 1)]++;
        }

        return counts;
    }

    private static double[] Shares(long[] counts, int total) => counts.Select(c => c / (double)total).ToArray();

    private static string Key(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

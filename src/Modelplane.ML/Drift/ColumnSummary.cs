namespace Modelplane.ML.Drift;

/// <summary>Data-quality statistics of one column of one data set (numeric fields are null for categorical columns).</summary>
/// <param name="Rows">Rows in the data set.</param>
/// <param name="Missing">Missing values (NaN numbers, empty text).</param>
/// <param name="MissingShare">Missing values over rows.</param>
/// <param name="Distinct">Distinct non-missing values.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="Mean">Mean.</param>
/// <param name="StdDev">Sample standard deviation (n − 1), as pandas reports it.</param>
/// <param name="Q25">25th percentile (linear interpolation, as NumPy and pandas).</param>
/// <param name="Q50">Median.</param>
/// <param name="Q75">75th percentile.</param>
/// <param name="MostFrequent">The most frequent value of a categorical column.</param>
/// <param name="MostFrequentCount">How often it occurs.</param>
public sealed record ColumnSummary(
    long Rows,
    long Missing,
    double MissingShare,
    long Distinct,
    double? Min = null,
    double? Max = null,
    double? Mean = null,
    double? StdDev = null,
    double? Q25 = null,
    double? Q50 = null,
    double? Q75 = null,
    string? MostFrequent = null,
    long? MostFrequentCount = null)
{
    internal static ColumnSummary OfNumbers(double[] values)
    {
        var present = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        var missing = values.Length - present.Length;
        var share = values.Length == 0 ? 0 : (double)missing / values.Length;
        if (present.Length == 0)
        {
            return new ColumnSummary(values.Length, missing, share, 0);
        }

        var mean = present.Average();
        double? std = present.Length > 1 ? Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1)) : null;
        return new ColumnSummary(
            values.Length, missing, share, present.Distinct().LongCount(),
            present[0], present[^1], mean, std, Quantile(present, 0.25), Quantile(present, 0.5), Quantile(present, 0.75));
    }

    internal static ColumnSummary OfCategories(string[] values)
    {
        var present = values.Where(v => v.Length > 0).ToArray();
        var missing = values.Length - present.Length;
        var top = present.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return new ColumnSummary(
            values.Length, missing, values.Length == 0 ? 0 : (double)missing / values.Length,
            present.Distinct(StringComparer.Ordinal).LongCount(), MostFrequent: top?.Key, MostFrequentCount: top?.Count());
    }

    /// <summary>NumPy's default (linear) quantile of sorted values.</summary>
    internal static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }
}

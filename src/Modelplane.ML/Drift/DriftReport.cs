using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Reports;

namespace Modelplane.ML.Drift;

/// <summary>
/// A data-quality and drift report between reference data (usually the training split) and
/// current data (the batch to score), in the style of Evidently's DataDriftPreset: per-column
/// summaries and tests, the share of drifted columns and ZenML's missing-value gate.
/// </summary>
/// <param name="ReferenceRows">Rows in the reference data.</param>
/// <param name="CurrentRows">Rows in the current data.</param>
/// <param name="Columns">One entry per compared column, in reference order.</param>
/// <param name="DriftShareThreshold">The share of drifted columns at which the data set counts as drifted.</param>
/// <param name="MissingValues">The missing-value gate.</param>
public sealed record DriftReport(
    long ReferenceRows,
    long CurrentRows,
    IReadOnlyList<ColumnDrift> Columns,
    double DriftShareThreshold,
    MissingValueCheck MissingValues)
{
    private const int ChartBins = 10;
    private const int ChartCategories = 10;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>How many columns drifted.</summary>
    public int DriftedColumns => Columns.Count(c => c.Drifted);

    /// <summary>Drifted columns over compared columns.</summary>
    public double DriftedShare => Columns.Count == 0 ? 0 : (double)DriftedColumns / Columns.Count;

    /// <summary>Whether the data set drifted: the drifted share is at least <see cref="DriftShareThreshold"/>.</summary>
    public bool DatasetDrift => Columns.Count > 0 && DriftedShare >= DriftShareThreshold;

    /// <summary>
    /// Compares every column the two data sets share (numeric, text and boolean columns; vectors are
    /// skipped). The test per column is Evidently's default unless the options say otherwise: with at
    /// most 1,000 reference rows KS for numeric columns with more than 5 distinct values, chi-square
    /// for 3-5 values or categorical columns with more than 2, the Z-test for 2 or fewer; above
    /// 1,000 rows the normed Wasserstein distance for numeric columns with more than 5 values and
    /// Jensen-Shannon otherwise.
    /// </summary>
    /// <exception cref="DataValidationException">The current data lacks a reference column or holds it with another type.</exception>
    public static DriftReport Build(IDataView reference, IDataView current, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(current);
        options ??= new DriftOptions();
        var compared = reference.Schema
            .Where(c => !c.IsHidden && !options.IgnoredColumns.Contains(c.Name) && (DataViewColumns.IsNumeric(c) || DataViewColumns.IsCategorical(c)))
            .ToList();
        var absent = compared.Where(c => current.Schema.GetColumnOrNull(c.Name) is null).Select(c => c.Name).ToList();
        if (absent.Count > 0)
        {
            throw new DataValidationException(
                $"The current data lacks the column(s) {CsvRowBinder.Quote(absent)} of the reference data. Load it with the training schema, or ignore those columns in the drift options.",
                column: absent[0]);
        }

        var columns = new List<ColumnDrift>();
        long referenceRows = 0, currentRows = 0;
        foreach (var column in compared)
        {
            var other = current.Schema[column.Name];
            if (DataViewColumns.IsNumeric(column) != DataViewColumns.IsNumeric(other))
            {
                throw new DataValidationException(
                    $"Column '{column.Name}' is {column.Type} in the reference data but {other.Type} in the current data. Load both with the same schema.",
                    column: column.Name);
            }

            var drift = DataViewColumns.IsNumeric(column)
                ? CompareNumbers(column.Name, DataViewColumns.ReadNumbers(reference, column), DataViewColumns.ReadNumbers(current, other), options)
                : CompareCategories(column.Name, DataViewColumns.ReadCategories(reference, column), DataViewColumns.ReadCategories(current, other), options);
            columns.Add(drift);
            referenceRows = drift.Reference.Rows;
            currentRows = drift.Current.Rows;
        }

        return new DriftReport(referenceRows, currentRows, columns, options.DriftShare, CheckMissingValues(columns, options));
    }

    /// <summary>Throws a <see cref="DataQualityException"/> when the missing-value gate fails.</summary>
    public void EnforceMissingValueGate()
    {
        if (!MissingValues.Passed)
        {
            throw new DataQualityException(MissingValues.Message);
        }
    }

    /// <summary>The report as indented JSON (snake_case names).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The report as one self-contained HTML page (inline CSS and SVG charts, no external resources).</summary>
    public string ToHtml() => DriftReportPage.Render(this);

    private static ColumnDrift CompareNumbers(string name, double[] referenceValues, double[] currentValues, DriftOptions options)
    {
        var reference = referenceValues.Where(v => !double.IsNaN(v)).ToArray();
        var current = currentValues.Where(v => !double.IsNaN(v)).ToArray();
        var distinct = reference.Concat(current).Distinct().Count();
        var method = Method(name, options) ?? (referenceValues.Length <= 1000
            ? distinct > 5 ? DriftMethod.KolmogorovSmirnov : distinct > 2 ? DriftMethod.ChiSquare : DriftMethod.ZTest
            : distinct > 5 ? DriftMethod.Wasserstein : DriftMethod.JensenShannon);
        var chart = NumericChart(reference, current);
        var summaryReference = ColumnSummary.OfNumbers(referenceValues);
        var summaryCurrent = ColumnSummary.OfNumbers(currentValues);
        if (reference.Length == 0 || current.Length == 0)
        {
            return NotTested(name, "numeric", method, options, summaryReference, summaryCurrent, chart);
        }

        var score = method switch
        {
            DriftMethod.KolmogorovSmirnov => KolmogorovSmirnov.Test(reference, current).PValue,
            DriftMethod.Wasserstein => DriftStatistics.WassersteinNormed(reference, current),
            DriftMethod.ChiSquare => DriftStatistics.ChiSquare(Keys(reference), Keys(current)),
            DriftMethod.ZTest => DriftStatistics.ZTest(Keys(reference), Keys(current)),
            DriftMethod.JensenShannon => Binned(Binning.Numeric(reference, current), DriftStatistics.JensenShannon),
            _ => Binned(Binning.Numeric(reference, current), DriftStatistics.Psi),
        };
        return Verdict(name, "numeric", method, score, options, summaryReference, summaryCurrent, chart);
    }

    private static ColumnDrift CompareCategories(string name, string[] referenceValues, string[] currentValues, DriftOptions options)
    {
        var reference = referenceValues.Where(v => v.Length > 0).ToArray();
        var current = currentValues.Where(v => v.Length > 0).ToArray();
        var distinct = reference.Concat(current).Distinct(StringComparer.Ordinal).Count();
        var method = Method(name, options) ?? (referenceValues.Length <= 1000
            ? distinct > 2 ? DriftMethod.ChiSquare : DriftMethod.ZTest
            : DriftMethod.JensenShannon);
        if (method is DriftMethod.KolmogorovSmirnov or DriftMethod.Wasserstein)
        {
            throw new ArgumentException($"Column '{name}' is categorical; {method} needs numbers. Use ChiSquare, ZTest, JensenShannon or Psi for it.", nameof(options));
        }

        var chart = CategoryChart(reference, current);
        var summaryReference = ColumnSummary.OfCategories(referenceValues);
        var summaryCurrent = ColumnSummary.OfCategories(currentValues);
        if (reference.Length == 0 || current.Length == 0)
        {
            return NotTested(name, "categorical", method, options, summaryReference, summaryCurrent, chart);
        }

        var score = method switch
        {
            DriftMethod.ChiSquare => DriftStatistics.ChiSquare(reference, current),
            DriftMethod.ZTest => DriftStatistics.ZTest(reference, current),
            DriftMethod.JensenShannon => Binned(Binning.Categorical(reference, current), DriftStatistics.JensenShannon),
            _ => Binned(Binning.Categorical(reference, current), DriftStatistics.Psi),
        };
        return Verdict(name, "categorical", method, score, options, summaryReference, summaryCurrent, chart);
    }

    private static DriftMethod? Method(string column, DriftOptions options) =>
        options.ColumnMethods.TryGetValue(column, out var method) ? method : options.Method;

    private static double Threshold(DriftMethod method, DriftOptions options) =>
        options.Threshold ?? (method is DriftMethod.KolmogorovSmirnov or DriftMethod.ChiSquare or DriftMethod.ZTest ? 0.05 : 0.1);

    private static ColumnDrift Verdict(string name, string kind, DriftMethod method, double score, DriftOptions options, ColumnSummary reference, ColumnSummary current, DistributionChart chart)
    {
        var threshold = Threshold(method, options);
        var drifted = method switch
        {
            DriftMethod.KolmogorovSmirnov => score <= threshold,
            DriftMethod.ChiSquare or DriftMethod.ZTest => score < threshold,
            _ => score >= threshold,
        };
        return double.IsNaN(score)
            ? new ColumnDrift(name, kind, method, null, threshold, false, reference, current, chart, "The test is undefined for these values.")
            : new ColumnDrift(name, kind, method, score, threshold, drifted, reference, current, chart);
    }

    private static ColumnDrift NotTested(string name, string kind, DriftMethod method, DriftOptions options, ColumnSummary reference, ColumnSummary current, DistributionChart chart) =>
        new(name, kind, method, null, Threshold(method, options), false, reference, current, chart,
            "Not tested: one of the data sets has no non-missing values in this column.");

    private static double Binned((double[] Reference, double[] Current) shares, Func<double[], double[], double> statistic) =>
        statistic(shares.Reference, shares.Current);

    private static string[] Keys(double[] values) => values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray();

    private static MissingValueCheck CheckMissingValues(List<ColumnDrift> columns, DriftOptions options)
    {
        var referenceMissing = columns.Sum(c => c.Reference.Missing);
        var currentMissing = columns.Sum(c => c.Current.Missing);
        var referenceCells = columns.Sum(c => c.Reference.Rows);
        var currentCells = columns.Sum(c => c.Current.Rows);
        var referenceShare = referenceCells == 0 ? 0 : (double)referenceMissing / referenceCells;
        var currentShare = currentCells == 0 ? 0 : (double)currentMissing / currentCells;
        string Percent(double share) => share.ToString("0.###%", CultureInfo.InvariantCulture);
        if (referenceMissing == 0)
        {
            var passedNone = currentShare <= options.MissingValueToleranceWhenReferenceHasNone;
            return new MissingValueCheck(referenceMissing, currentMissing, referenceShare, currentShare, null,
                options.MissingValueTolerance, options.MissingValueToleranceWhenReferenceHasNone, passedNone,
                passedNone
                    ? $"Missing values: {currentMissing} ({Percent(currentShare)} of cells) in the current data, none in the reference; within the allowed {Percent(options.MissingValueToleranceWhenReferenceHasNone)}."
                    : $"The current data has {currentMissing} missing values ({Percent(currentShare)} of cells) but the reference had none; at most {Percent(options.MissingValueToleranceWhenReferenceHasNone)} is allowed. Check the data source, or raise MissingValueToleranceWhenReferenceHasNone.");
        }

        var change = Math.Abs(currentShare - referenceShare) / referenceShare;
        var passed = change <= options.MissingValueTolerance;
        return new MissingValueCheck(referenceMissing, currentMissing, referenceShare, currentShare, change,
            options.MissingValueTolerance, options.MissingValueToleranceWhenReferenceHasNone, passed,
            passed
                ? $"Missing values: {Percent(currentShare)} of cells in the current data vs {Percent(referenceShare)} in the reference, a change of {Percent(change)} (at most {Percent(options.MissingValueTolerance)} allowed)."
                : $"The share of missing values in the current data ({Percent(currentShare)} of cells, {currentMissing} values) differs from the reference ({Percent(referenceShare)}, {referenceMissing} values) by {Percent(change)}, more than the allowed {Percent(options.MissingValueTolerance)}. Check the data source, or raise MissingValueTolerance.");
    }

    private static DistributionChart NumericChart(double[] reference, double[] current)
    {
        var all = reference.Concat(current).ToArray();
        if (all.Length == 0)
        {
            return new DistributionChart([], [], []);
        }

        double min = all.Min(), max = all.Max();
        var bins = min == max ? 1 : ChartBins;
        var width = (max - min) / bins;
        var edges = Enumerable.Range(0, bins + 1).Select(i => i == bins ? max : min + i * width).ToArray();
        var labels = Enumerable.Range(0, bins).Select(i => $"{Short(edges[i])} – {Short(edges[i + 1])}").ToList();
        double[] Shares(double[] values) => values.Length == 0
            ? new double[bins]
            : Binning.Histogram(values, edges).Select(c => c / (double)values.Length).ToArray();
        return new DistributionChart(labels, Shares(reference), Shares(current));
    }

    /// <summary>The most frequent categories, the rest gathered in a last "(other)" bar.</summary>
    private static DistributionChart CategoryChart(string[] reference, string[] current)
    {
        var top = reference.Concat(current).GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(ChartCategories).Select(g => g.Key).ToList();
        var hasOthers = reference.Concat(current).Distinct(StringComparer.Ordinal).Count() > top.Count;

        List<double> Shares(string[] values)
        {
            var counts = values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var total = Math.Max(values.Length, 1);
            var shares = top.Select(label => counts.GetValueOrDefault(label) / (double)total).ToList();
            if (hasOthers)
            {
                shares.Add((values.Length - top.Sum(label => counts.GetValueOrDefault(label))) / (double)total);
            }

            return shares;
        }

        return new DistributionChart(hasOthers ? [.. top, "(other)"] : top, Shares(reference), Shares(current));
    }

    private static string Short(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}

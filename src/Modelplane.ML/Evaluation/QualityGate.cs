using System.Globalization;

namespace Modelplane.ML.Evaluation;

/// <summary>Checks metrics against minimum (or maximum) thresholds, per data set.</summary>
public static class QualityGate
{
    /// <summary>Checks every threshold against the metrics of its data set.</summary>
    /// <param name="metricsByDataSet">Metrics keyed by data set name, for example <c>{"train": …, "test": …}</c>.</param>
    /// <param name="thresholds">The bounds to check.</param>
    /// <exception cref="ArgumentException">A threshold names a data set that has no metrics.</exception>
    public static QualityGateResult Check(IReadOnlyDictionary<string, ClassificationMetrics> metricsByDataSet, IEnumerable<MetricThreshold> thresholds)
    {
        ArgumentNullException.ThrowIfNull(metricsByDataSet);
        ArgumentNullException.ThrowIfNull(thresholds);
        var violations = new List<QualityGateViolation>();
        foreach (var threshold in thresholds)
        {
            if (!metricsByDataSet.TryGetValue(threshold.DataSet, out var metrics))
            {
                throw new ArgumentException(
                    $"The quality gate has a threshold for the data set '{threshold.DataSet}' but no metrics for it (have: {string.Join(", ", metricsByDataSet.Keys)}).",
                    nameof(thresholds));
            }

            var value = metrics.Get(threshold.Metric);
            var name = $"{Capitalise(threshold.DataSet)} {threshold.Metric}";
            if (value is not { } v || double.IsNaN(v))
            {
                violations.Add(new QualityGateViolation(threshold, null, $"{name} is not available for this model, but the gate requires it."));
            }
            else if (threshold.Minimum is { } min && v < min)
            {
                violations.Add(new QualityGateViolation(threshold, v, $"{name} {Format(v)} is below the minimum {Format(min)}."));
            }
            else if (threshold.Maximum is { } max && v > max)
            {
                violations.Add(new QualityGateViolation(threshold, v, $"{name} {Format(v)} is above the maximum {Format(max)}."));
            }
        }

        return new QualityGateResult(violations);
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

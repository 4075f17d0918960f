namespace Modelplane.ML.Evaluation;

/// <summary>A bound a metric must respect on one data set, for example test accuracy at least 0.9.</summary>
/// <param name="Metric">The metric checked.</param>
/// <param name="Minimum">The smallest acceptable value, or null.</param>
/// <param name="Maximum">The largest acceptable value (for log-loss), or null.</param>
/// <param name="DataSet">The data set the bound applies to, as named in <see cref="QualityGate.Check"/> (for example "train" or "test").</param>
public sealed record MetricThreshold(ClassificationMetric Metric, double? Minimum = null, double? Maximum = null, string DataSet = "test");

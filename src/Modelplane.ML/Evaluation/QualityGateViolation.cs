namespace Modelplane.ML.Evaluation;

/// <summary>A metric that missed its bound.</summary>
/// <param name="Threshold">The bound missed.</param>
/// <param name="Value">The measured value; null when the metric was not available.</param>
/// <param name="Message">A sentence saying what was measured and what was required.</param>
public sealed record QualityGateViolation(MetricThreshold Threshold, double? Value, string Message);

using System.Text.Json.Serialization;

namespace Modelplane.ML.Evaluation;

/// <summary>A point of the ROC curve.</summary>
/// <param name="FalsePositiveRate">Share of negatives scored at or above the threshold.</param>
/// <param name="TruePositiveRate">Share of positives scored at or above the threshold.</param>
/// <param name="Threshold">The score threshold.</param>
public sealed record RocPoint(
    double FalsePositiveRate,
    double TruePositiveRate,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double Threshold);

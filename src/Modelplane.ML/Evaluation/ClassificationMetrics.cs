using System.Text.Json.Serialization;

namespace Modelplane.ML.Evaluation;

/// <summary>The metrics of a binary classifier on one data set.</summary>
/// <param name="Accuracy">Share of rows predicted correctly.</param>
/// <param name="Auc">Area under the ROC curve; NaN when the data holds a single class.</param>
/// <param name="F1">F1 score of the positive class (0 when there are no predicted or actual positives).</param>
/// <param name="Precision">Precision of the positive class (0 when nothing is predicted positive).</param>
/// <param name="Recall">Recall of the positive class (0 when there are no positives).</param>
/// <param name="LogLoss">Natural-log loss of the calibrated probability, or null for models without one (FastForest).</param>
/// <param name="Rows">The number of rows evaluated.</param>
public sealed record ClassificationMetrics(
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double Accuracy,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double Auc,
    double F1,
    double Precision,
    double Recall,
    double? LogLoss,
    long Rows)
{
    /// <summary>The value of one metric; null when the model cannot give it (log-loss without probabilities).</summary>
    public double? Get(ClassificationMetric metric) => metric switch
    {
        ClassificationMetric.Accuracy => Accuracy,
        ClassificationMetric.Auc => Auc,
        ClassificationMetric.F1 => F1,
        ClassificationMetric.Precision => Precision,
        ClassificationMetric.Recall => Recall,
        ClassificationMetric.LogLoss => LogLoss,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>Whether larger values of <paramref name="metric"/> are better (all but log-loss).</summary>
    public static bool HigherIsBetter(ClassificationMetric metric) => metric != ClassificationMetric.LogLoss;
}

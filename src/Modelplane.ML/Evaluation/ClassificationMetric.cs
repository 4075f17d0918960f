using System.Text.Json.Serialization;

namespace Modelplane.ML.Evaluation;

/// <summary>A binary classification metric, for search scoring, quality gates and promotion.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ClassificationMetric>))]
public enum ClassificationMetric
{
    /// <summary>Share of rows predicted correctly.</summary>
    Accuracy,

    /// <summary>Area under the ROC curve (ties in score count half).</summary>
    Auc,

    /// <summary>Harmonic mean of precision and recall of the positive class.</summary>
    F1,

    /// <summary>Share of predicted positives that are positive.</summary>
    Precision,

    /// <summary>Share of positives predicted positive.</summary>
    Recall,

    /// <summary>Mean negative natural-log likelihood of the calibrated probability; lower is better.</summary>
    LogLoss,
}

namespace Modelplane.ML.Evaluation;

/// <summary>Everything <see cref="Evaluator.Evaluate"/> measures on one data set.</summary>
/// <param name="Metrics">Accuracy, AUC, F1, precision, recall, log-loss.</param>
/// <param name="ConfusionMatrix">Counts of predictions against labels.</param>
/// <param name="RocCurve">The ROC curve from (0,0) to (1,1), at most a few hundred points.</param>
/// <param name="PositiveClass">The label value counted as positive.</param>
/// <param name="NegativeClass">The label value counted as negative.</param>
public sealed record EvaluationResult(
    ClassificationMetrics Metrics,
    ConfusionMatrix ConfusionMatrix,
    IReadOnlyList<RocPoint> RocCurve,
    string PositiveClass,
    string NegativeClass);

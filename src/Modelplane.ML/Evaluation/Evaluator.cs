using Microsoft.ML;
using Modelplane.ML.Training;

namespace Modelplane.ML.Evaluation;

/// <summary>Measures a trained model on labelled data.</summary>
public static class Evaluator
{
    /// <summary>
    /// Scores <paramref name="data"/> (raw columns with the label) and computes accuracy, AUC, F1,
    /// precision, recall, the confusion matrix, the ROC curve and — for calibrated models — log-loss.
    /// </summary>
    /// <remarks>
    /// Metrics are computed here rather than by ML.NET's evaluators, so calibrated and
    /// non-calibrated trainers are measured the same way. The predicted label is the model's own
    /// (<c>PredictedLabel</c>, score above 0). Log-loss uses the natural logarithm, like
    /// scikit-learn (ML.NET's evaluator reports base 2), with probabilities clipped to [1e-15, 1 − 1e-15];
    /// it is null for models without a calibrated probability (FastForest) rather than computed from
    /// an invented one.
    /// </remarks>
    public static EvaluationResult Evaluate(TrainedModel model, IDataView data)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var predictions = Predictions.Of(model, data);
        return new EvaluationResult(
            MetricCalculator.Metrics(predictions),
            MetricCalculator.Confusion(predictions),
            MetricCalculator.RocCurve(predictions.Labels, predictions.Scores),
            model.Label.PositiveClass,
            model.Label.NegativeClass);
    }
}

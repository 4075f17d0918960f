using System.Text.Json.Serialization;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tuning;

/// <summary>A trainer configuration measured by stratified k-fold cross-validation.</summary>
/// <param name="Config">The trainer configuration.</param>
/// <param name="Metric">The summarised metric.</param>
/// <param name="Mean">Its mean over the folds.</param>
/// <param name="StdDev">Its population standard deviation over the folds.</param>
/// <param name="Folds">All metrics of each fold.</param>
public sealed record CrossValidationResult(
    TrainerConfig Config,
    ClassificationMetric Metric,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double Mean,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double StdDev,
    IReadOnlyList<ClassificationMetrics> Folds);

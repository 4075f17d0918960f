using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;

namespace Modelplane.ML.Tuning;

/// <summary>How a hyperparameter search runs.</summary>
public sealed record SearchOptions
{
    /// <summary>Random trials per candidate.</summary>
    public int TrialsPerCandidate { get; init; } = 10;

    /// <summary>Stratified cross-validation folds per trial.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>The metric trials are ranked by (mean over folds; higher is better).</summary>
    public ClassificationMetric Metric { get; init; } = ClassificationMetric.Accuracy;

    /// <summary>Seeds the sampling, the folds and the trainers: the same seed gives the same trials.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Trials evaluated at once; null means <see cref="Environment.ProcessorCount"/>.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>The preprocessing fitted inside every fold (on the fold's training rows only).</summary>
    public PreprocessingOptions Preprocessing { get; init; } = new();
}

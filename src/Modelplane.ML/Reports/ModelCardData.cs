using Modelplane.ML.Evaluation;
using Modelplane.ML.Tuning;

namespace Modelplane.ML.Reports;

/// <summary>
/// Everything a model card shows. The ML parts come from this library's results; the model's
/// descriptive fields, lineage and stage history are plain values the caller takes from the control plane.
/// </summary>
public sealed record ModelCardData
{
    /// <summary>The model name.</summary>
    public required string ModelName { get; init; }

    /// <summary>The version, for example "3" or "3 (dark-lion)".</summary>
    public required string Version { get; init; }

    /// <summary>The trainer (see <see cref="Training.TrainerCatalog"/>).</summary>
    public required string Trainer { get; init; }

    /// <summary>The evaluation on held-out data.</summary>
    public required EvaluationResult Evaluation { get; init; }

    /// <summary>The stage the version holds, if any.</summary>
    public string? Stage { get; init; }

    /// <summary>A description of the model.</summary>
    public string? Description { get; init; }

    /// <summary>Tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The trainer's parameters.</summary>
    public IReadOnlyDictionary<string, string> Hyperparameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Metrics on the training data, shown next to the held-out ones to expose overfitting.</summary>
    public ClassificationMetrics? TrainingMetrics { get; init; }

    /// <summary>Permutation feature importance, most important first.</summary>
    public IReadOnlyList<FeatureImportance> FeatureImportance { get; init; } = [];

    /// <summary>The hyperparameter search that chose the trainer, if one ran.</summary>
    public SearchResult? Search { get; init; }

    /// <summary>License, audience, use cases, limitations, trade-offs, ethics: shown in this order when given.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>();

    /// <summary>Runs, inputs and outputs linked to the version.</summary>
    public IReadOnlyList<LineageItem> Lineage { get; init; } = [];

    /// <summary>The version's stage moves, oldest first.</summary>
    public IReadOnlyList<StageChange> StageHistory { get; init; } = [];
}

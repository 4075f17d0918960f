namespace Modelplane.ML.Tuning;

/// <summary>
/// One candidate of a hyperparameter search, as configured: a trainer, the parameters to sample
/// (<c>search_grid</c>, the shape of ZenML's template) and parameters held fixed.
/// </summary>
public sealed record TrainerSearchSpace
{
    /// <summary>The trainer (see <see cref="Training.TrainerCatalog.Names"/>).</summary>
    public string Trainer { get; init; } = "";

    /// <summary>Sampled parameters by ML.NET option name (dotted for nested options, e.g. <c>Booster.L2Regularization</c>).</summary>
    public Dictionary<string, ParameterRange> SearchGrid { get; init; } = [];

    /// <summary>Parameters set to the same value in every trial.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Training.InvariantTextDictionaryConverter))]
    public Dictionary<string, string> Parameters { get; init; } = [];
}

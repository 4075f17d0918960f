using System.Text.Json.Serialization;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tuning;

/// <summary>One row of the search table: a sampled configuration and its cross-validated score.</summary>
/// <param name="Index">The trial's position in the table (0-based); ties in score go to the lower index.</param>
/// <param name="Candidate">The candidate name from the search space (for example <c>logistic_regression</c>).</param>
/// <param name="Config">The trainer with the sampled and fixed parameters.</param>
/// <param name="Mean">The mean of the metric over the folds; NaN when the trial failed.</param>
/// <param name="StdDev">The population standard deviation over the folds (as scikit-learn's <c>std_test_score</c>).</param>
/// <param name="FoldScores">The metric on each fold.</param>
/// <param name="Error">Why the trial failed, or null.</param>
public sealed record TrialResult(
    int Index,
    string Candidate,
    TrainerConfig Config,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double Mean,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] double StdDev,
    [property: JsonNumberHandling(JsonNumberHandling.AllowNamedFloatingPointLiterals)] IReadOnlyList<double> FoldScores,
    string? Error = null)
{
    /// <summary>Whether the trial produced a score.</summary>
    public bool Succeeded => Error is null && !double.IsNaN(Mean);
}

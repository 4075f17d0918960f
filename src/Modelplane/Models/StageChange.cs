namespace Modelplane.Models;

/// <summary>The outcome of a stage move.</summary>
/// <param name="Version">The version after the move.</param>
/// <param name="Transitions">The history entries written, in order: a forced archival of the previous holder first, then the move itself. Empty when the version was already in the target stage.</param>
public sealed record StageChange(ModelVersion Version, IReadOnlyList<StageTransition> Transitions)
{
    /// <summary>Whether anything changed.</summary>
    public bool Changed => Transitions.Count > 0;
}

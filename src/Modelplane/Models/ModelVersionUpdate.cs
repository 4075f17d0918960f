namespace Modelplane.Models;

/// <summary>
/// Changes to a model version. A field left <see langword="null"/> keeps its value; an empty
/// description clears it. Stage moves are separate (<see cref="ModelplaneClient.SetStageAsync"/>),
/// because they are recorded in the stage history.
/// </summary>
public sealed record ModelVersionUpdate
{
    /// <summary>A new name, validated like a name given at creation and unique within the model.</summary>
    public string? Name { get; init; }

    /// <summary>What is special about this version.</summary>
    public string? Description { get; init; }

    /// <summary>Tags to add; tags the version already has are kept once.</summary>
    public IReadOnlyList<string> AddTags { get; init; } = [];

    /// <summary>Tags to remove; tags the version does not have are ignored.</summary>
    public IReadOnlyList<string> RemoveTags { get; init; } = [];
}

using Modelplane.Artifacts;
using Modelplane.Metadata;

namespace Modelplane.Pipelines;

/// <summary>What the engine needs from an <see cref="Artifact{T}"/> without knowing its value type.</summary>
internal interface IArtifact
{
    /// <summary>The artifact name.</summary>
    string Name { get; }

    /// <summary>The stored version, or null while the artifact is a pending output of a running step.</summary>
    ArtifactVersion? StoredVersion { get; }

    /// <summary>For a pending output: the step context that created it; null once stored.</summary>
    StepContext? PendingOwner { get; }

    /// <summary>For a pending output: the value to save, its declared type, the kind asked for and the metadata logged on it.</summary>
    PendingOutput? Pending { get; }

    /// <summary>
    /// Turns a pending output into a stored artifact once it is saved. Its value is then read back from
    /// the store, unless <paramref name="keepValue"/> says the saved value itself may be handed on.
    /// </summary>
    void Bind(ArtifactVersion version, ModelplaneClient client, bool keepValue);
}

/// <summary>An output created by <see cref="StepContext.Output{T}"/> and not saved yet.</summary>
/// <param name="Value">The value to save.</param>
/// <param name="DeclaredType">The <c>T</c> of <see cref="Artifact{T}"/>; it picks the materializer (as in the cache key).</param>
/// <param name="Kind">The kind asked for, or null for the materializer's default.</param>
internal sealed record PendingOutput(object Value, Type DeclaredType, ArtifactKind? Kind)
{
    /// <summary>Metadata logged on the output by the step body, written with the artifact version.</summary>
    public Dictionary<string, MetadataValue> Metadata { get; } = new(StringComparer.Ordinal);
}

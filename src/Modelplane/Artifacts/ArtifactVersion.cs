using Modelplane.Metadata;

namespace Modelplane.Artifacts;

/// <summary>An immutable, stored value: one version of a named artifact.</summary>
/// <param name="Id">The artifact version's id.</param>
/// <param name="Name">The artifact's name (for step outputs, usually the output name).</param>
/// <param name="Version">The version number within the name: 1, then one more than the highest so far.</param>
/// <param name="Kind">Data, model or deployment.</param>
/// <param name="MaterializerId">The <see cref="IMaterializer.Id"/> that wrote the file and must read it.</param>
/// <param name="TypeName">The .NET type of the saved value (assembly-qualified name without version details).</param>
/// <param name="ContentHash">The SHA-256 of the stored file, 64 lower-case hex digits.</param>
/// <param name="Size">The stored file's size in bytes.</param>
/// <param name="Created">When it was saved (UTC).</param>
/// <param name="ProducerStepRunId">The step run that produced it, or <see langword="null"/> when saved by hand.</param>
/// <param name="Tags">Free-form tags.</param>
/// <param name="Metadata">Metadata attached to this artifact version, as read.</param>
public sealed record ArtifactVersion(
    Guid Id,
    string Name,
    int Version,
    ArtifactKind Kind,
    string MaterializerId,
    string TypeName,
    string ContentHash,
    long Size,
    DateTimeOffset Created,
    Guid? ProducerStepRunId,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, MetadataValue> Metadata)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} version {Version}";
}

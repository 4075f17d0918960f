using Modelplane.Metadata;

namespace Modelplane.Artifacts;

/// <summary>
/// What the metadata store records for a new artifact version whose content is already in the
/// artifact store. The version number and id are assigned by the store.
/// </summary>
/// <param name="Name">The artifact's name.</param>
/// <param name="Kind">Data, model or deployment.</param>
/// <param name="MaterializerId">The materializer that wrote the file.</param>
/// <param name="TypeName">The .NET type of the value.</param>
/// <param name="ContentHash">The SHA-256 of the stored file.</param>
/// <param name="Size">The stored file's size in bytes.</param>
public sealed record NewArtifactVersion(
    string Name,
    ArtifactKind Kind,
    string MaterializerId,
    string TypeName,
    string ContentHash,
    long Size)
{
    /// <summary>The step run that produced it, if any.</summary>
    public Guid? ProducerStepRunId { get; init; }

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Metadata written with the artifact version, in the same transaction.</summary>
    public IReadOnlyDictionary<string, MetadataValue> Metadata { get; init; } = new Dictionary<string, MetadataValue>();
}

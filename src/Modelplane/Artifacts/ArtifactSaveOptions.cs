using Modelplane.Metadata;

namespace Modelplane.Artifacts;

/// <summary>Optional settings for <see cref="ModelplaneClient.SaveArtifactAsync{T}"/>.</summary>
public sealed record ArtifactSaveOptions
{
    /// <summary>The kind to record; the materializer's <see cref="IMaterializer.DefaultKind"/> if <see langword="null"/>.</summary>
    public ArtifactKind? Kind { get; init; }

    /// <summary>The id of the materializer to use instead of the one the registry picks for the value's type.</summary>
    public string? MaterializerId { get; init; }

    /// <summary>The step run producing the value, if any.</summary>
    public Guid? ProducerStepRunId { get; init; }

    /// <summary>A model version to link the new artifact version to.</summary>
    public Guid? LinkToModelVersionId { get; init; }

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Metadata to record, in addition to what the materializer extracts (these win on equal keys).</summary>
    public IReadOnlyDictionary<string, MetadataValue> Metadata { get; init; } = new Dictionary<string, MetadataValue>();
}

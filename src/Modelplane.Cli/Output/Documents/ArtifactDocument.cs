using Modelplane.Artifacts;

namespace Modelplane.Cli.Output.Documents;

/// <summary>An artifact version in <c>--json</c> output.</summary>
internal sealed record ArtifactDocument(
    Guid Id,
    string Name,
    int Version,
    ArtifactKind Kind,
    string Materializer,
    string Type,
    string ContentHash,
    long Size,
    DateTimeOffset Created,
    Guid? ProducerStepRunId,
    IReadOnlyList<string> Tags)
{
    public static ArtifactDocument Of(ArtifactVersion artifact) => new(
        artifact.Id, artifact.Name, artifact.Version, artifact.Kind, artifact.MaterializerId, artifact.TypeName,
        artifact.ContentHash, artifact.Size, artifact.Created, artifact.ProducerStepRunId, artifact.Tags);
}

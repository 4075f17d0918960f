namespace Modelplane.Cli.Output.Documents;

/// <summary>An artifact version with its metadata and lineage, for <c>artifact show --json</c>.</summary>
internal sealed record ArtifactDetailsDocument(
    ArtifactDocument Artifact,
    IReadOnlyDictionary<string, MetadataDocument> Metadata,
    StepReference? Producer,
    IReadOnlyList<StepReference> Consumers,
    IReadOnlyList<VersionReference> LinkedModelVersions);

namespace Modelplane.Cli.Output.Documents;

/// <summary>A pipeline run with its step runs, for <c>run show --json</c>.</summary>
internal sealed record PipelineRunDetailsDocument(
    PipelineRunDocument Run,
    VersionReference? ModelVersion,
    IReadOnlyList<StepRunDocument> Steps);

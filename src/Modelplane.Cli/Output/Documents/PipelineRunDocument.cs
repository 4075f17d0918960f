using Modelplane.Runs;

namespace Modelplane.Cli.Output.Documents;

/// <summary>A pipeline run in <c>--json</c> output.</summary>
internal sealed record PipelineRunDocument(
    Guid Id,
    string Name,
    string Pipeline,
    RunStatus Status,
    DateTimeOffset Started,
    DateTimeOffset? Ended,
    double? DurationSeconds,
    Guid? ModelVersionId,
    string? Error)
{
    public static PipelineRunDocument Of(PipelineRunRecord run) => new(
        run.Id, run.Name, run.PipelineName, run.Status, run.Started, run.Ended,
        Formats.DurationSeconds(run.Started, run.Ended), run.ModelVersionId, run.Error);
}

using Modelplane.Runs;

namespace Modelplane.Cli.Output.Documents;

/// <summary>A step run in <c>--json</c> output.</summary>
internal sealed record StepRunDocument(
    Guid Id,
    string Name,
    RunStatus Status,
    bool Cached,
    DateTimeOffset Started,
    DateTimeOffset? Ended,
    double? DurationSeconds,
    string? CacheKey,
    Guid? OriginalStepRunId,
    string? Error,
    IReadOnlyList<string> Upstream,
    IReadOnlyDictionary<string, Guid> Inputs,
    IReadOnlyDictionary<string, Guid> Outputs)
{
    public static StepRunDocument Of(StepRunRecord step) => new(
        step.Id, step.StepName, step.Status, step.Status == RunStatus.Cached, step.Started, step.Ended,
        Formats.DurationSeconds(step.Started, step.Ended), step.CacheKey, step.OriginalStepRunId, step.Error,
        step.UpstreamSteps, step.Inputs, step.Outputs);
}

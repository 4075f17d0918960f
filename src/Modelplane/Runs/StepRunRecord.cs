namespace Modelplane.Runs;

/// <summary>One run of one step within a pipeline run.</summary>
/// <param name="Id">The step run's id.</param>
/// <param name="PipelineRunId">The pipeline run it belongs to.</param>
/// <param name="StepName">The step's name, unique within the pipeline.</param>
/// <param name="Status">Its state; <see cref="RunStatus.Cached"/> when its outputs were reused.</param>
/// <param name="Started">When it started (UTC).</param>
/// <param name="Ended">When it ended (UTC), or <see langword="null"/> while running.</param>
/// <param name="CacheKey">The step's cache key, if caching applied.</param>
/// <param name="OriginalStepRunId">For a cached step run: the completed step run whose outputs were reused.</param>
/// <param name="Error">The error text of a failed step.</param>
/// <param name="Inputs">Artifact version ids by input name.</param>
/// <param name="Outputs">Artifact version ids by output name.</param>
/// <param name="UpstreamSteps">The names of the steps this one depends on (the DAG edges).</param>
public sealed record StepRunRecord(
    Guid Id,
    Guid PipelineRunId,
    string StepName,
    RunStatus Status,
    DateTimeOffset Started,
    DateTimeOffset? Ended,
    string? CacheKey,
    Guid? OriginalStepRunId,
    string? Error,
    IReadOnlyDictionary<string, Guid> Inputs,
    IReadOnlyDictionary<string, Guid> Outputs,
    IReadOnlyList<string> UpstreamSteps);

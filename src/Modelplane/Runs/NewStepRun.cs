namespace Modelplane.Runs;

/// <summary>
/// A step run to record. It starts <see cref="RunStatus.Running"/>; a step served from cache is
/// recorded directly as <see cref="RunStatus.Cached"/> (ended at once) with the reused outputs.
/// </summary>
/// <param name="PipelineRunId">The pipeline run it belongs to.</param>
/// <param name="StepName">The step's name.</param>
public sealed record NewStepRun(Guid PipelineRunId, string StepName)
{
    /// <summary><see cref="RunStatus.Running"/> (the default) or <see cref="RunStatus.Cached"/>.</summary>
    public RunStatus Status { get; init; } = RunStatus.Running;

    /// <summary>The step's cache key, if caching applies.</summary>
    public string? CacheKey { get; init; }

    /// <summary>For a cached step run: the completed step run whose outputs are reused.</summary>
    public Guid? OriginalStepRunId { get; init; }

    /// <summary>The names of the steps this one depends on.</summary>
    public IReadOnlyList<string> UpstreamSteps { get; init; } = [];

    /// <summary>Artifact version ids by input name, known when the step starts.</summary>
    public IReadOnlyDictionary<string, Guid> Inputs { get; init; } = new Dictionary<string, Guid>();

    /// <summary>Artifact version ids by output name; set for cached step runs, recorded later for executed ones.</summary>
    public IReadOnlyDictionary<string, Guid> Outputs { get; init; } = new Dictionary<string, Guid>();
}

using Modelplane.Caching;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>How one step of a pipeline run went.</summary>
/// <param name="Name">The step's name in the pipeline.</param>
/// <param name="StepRunId">The step run's id in the metadata store.</param>
/// <param name="Status">Completed, cached or failed.</param>
/// <param name="Duration">Wall-clock time the engine spent on the step, cache lookup and output saving included.</param>
/// <param name="Cache">Whether the step was served from cache, and why (or why not).</param>
/// <param name="Outputs">The artifact version ids of its outputs, by output name.</param>
/// <param name="Error">The exception of a failed step.</param>
public sealed record StepRunSummary(
    string Name,
    Guid StepRunId,
    RunStatus Status,
    TimeSpan Duration,
    CacheDecision Cache,
    IReadOnlyDictionary<string, Guid> Outputs,
    Exception? Error = null)
{
    /// <summary>Whether the step's outputs were reused from an earlier run.</summary>
    public bool IsCached => Status == RunStatus.Cached;
}

namespace Modelplane.Caching;

/// <summary>One completed step run that can serve later runs from cache.</summary>
/// <param name="StepName">The step's name in its pipeline.</param>
/// <param name="PipelineName">The pipeline it ran in.</param>
/// <param name="CacheKey">Its cache key.</param>
/// <param name="StepRunId">The step run whose outputs a hit reuses.</param>
/// <param name="PipelineRunId">The pipeline run it belongs to.</param>
/// <param name="Ended">When it completed (UTC).</param>
/// <param name="Outputs">Its outputs' artifact version ids, by output name.</param>
public sealed record StepCacheEntry(
    string StepName,
    string PipelineName,
    string CacheKey,
    Guid StepRunId,
    Guid PipelineRunId,
    DateTimeOffset? Ended,
    IReadOnlyDictionary<string, Guid> Outputs);

namespace Modelplane.Caching;

/// <summary>
/// Whether a step was served from the cache, and why, in words a user can act on:
/// <c>cache hit: step run 3f2a…</c>, <c>miss: parameters changed ({"TestSize":0.2} -> {"TestSize":0.3})</c>,
/// <c>disabled by pipeline setting (WithCache(false))</c>.
/// </summary>
/// <param name="Outcome">Hit, miss or disabled.</param>
/// <param name="Reason">The explanation shown in logs and the run summary.</param>
/// <param name="Key">The step's cache key (null only when the key could not be computed).</param>
/// <param name="OriginalStepRunId">On a hit, the step run whose outputs were reused.</param>
public sealed record CacheDecision(CacheOutcome Outcome, string Reason, StepCacheKey? Key, Guid? OriginalStepRunId = null)
{
    /// <summary>Whether the step's outputs were reused.</summary>
    public bool IsHit => Outcome == CacheOutcome.Hit;

    /// <inheritdoc />
    public override string ToString() => Reason;
}

using Modelplane.Metadata;
using Modelplane.Runs;

namespace Modelplane.Caching;

/// <summary>
/// The step cache, made visible: list the step runs that can serve hits, explain why a step run was
/// or was not served from cache, and clear entries so the next run executes the steps again.
/// </summary>
/// <remarks>
/// The cache is not a separate store: it is every completed step run with a cache key. Clearing
/// marks step runs as no longer reusable (their records and artifacts stay, for lineage).
/// </remarks>
/// <example>
/// <code>
/// var cache = new StepCache(client);
/// foreach (var entry in await cache.ListAsync()) Console.WriteLine($"{entry.StepName} {entry.CacheKey[..12]}");
/// Console.WriteLine(await cache.ExplainAsync(stepRunId));   // "miss: ...; since ...: parameters changed (...)"
/// await cache.ClearAsync(stepName: "train_data_splitter");
/// </code>
/// </example>
/// <param name="client">The control plane whose runs make up the cache.</param>
public sealed class StepCache(ModelplaneClient client)
{
    /// <summary>Step-run metadata key marking a step run that may no longer serve cache hits.</summary>
    internal const string ClearedMetadataKey = "modelplane.cache_cleared";

    /// <summary>Step-run metadata key holding the cache decision of an executed step.</summary>
    internal const string DecisionMetadataKey = "modelplane.cache_decision";

    /// <summary>The step runs that can serve cache hits, newest first; only those of <paramref name="stepName"/> if given.</summary>
    /// <param name="stepName">A step name to filter by.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    public async Task<IReadOnlyList<StepCacheEntry>> ListAsync(string? stepName = null, CancellationToken cancellationToken = default)
    {
        var entries = new List<StepCacheEntry>();
        await foreach (var (run, step) in CandidatesAsync(stepName, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new StepCacheEntry(step.StepName, run.PipelineName, step.CacheKey!, step.Id, run.Id, step.Ended, step.Outputs));
        }

        return entries;
    }

    /// <summary>
    /// Makes the listed entries unusable for cache hits, so the next run executes those steps; returns
    /// how many were cleared. Step runs and artifacts stay for lineage.
    /// </summary>
    /// <param name="stepName">Clear only this step's entries; all if null.</param>
    /// <param name="cancellationToken">Cancels the clearing (one transaction: all entries are cleared or none).</param>
    public Task<int> ClearAsync(string? stepName = null, CancellationToken cancellationToken = default) =>
        client.MetadataStore.ClearCacheAsync(stepName, cancellationToken);

    /// <summary>Why step run <paramref name="stepRunId"/> was or was not served from cache, as recorded when it ran.</summary>
    /// <param name="stepRunId">A step run id (from a run summary, <c>ListStepRunsAsync</c> or the CLI).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    public async Task<string> ExplainAsync(Guid stepRunId, CancellationToken cancellationToken = default)
    {
        var step = await client.MetadataStore.FindStepRunAsync(stepRunId, cancellationToken).ConfigureAwait(false)
            ?? throw new Errors.NotFoundException($"There is no step run with id {stepRunId}.");
        if (step.Status == RunStatus.Cached)
        {
            return $"cache hit: step run {step.OriginalStepRunId}";
        }

        var metadata = await client.MetadataStore.GetMetadataAsync(MetadataTarget.ForStepRun(stepRunId), cancellationToken).ConfigureAwait(false);
        return metadata.TryGetValue(DecisionMetadataKey, out var reason)
            ? reason.Text
            : $"step run {stepRunId} ({step.StepName}) is {step.Status.ToString().ToLowerInvariant()} and recorded no cache decision";
    }

    private async IAsyncEnumerable<(PipelineRunRecord Run, StepRunRecord Step)> CandidatesAsync(
        string? stepName,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var store = client.MetadataStore;
        foreach (var run in await store.ListPipelineRunsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var steps = await store.ListStepRunsAsync(run.Id, cancellationToken).ConfigureAwait(false);
            foreach (var step in steps.Where(s => s.Status == RunStatus.Completed && s.CacheKey is not null && (stepName is null || s.StepName == stepName)).Reverse())
            {
                var metadata = await store.GetMetadataAsync(MetadataTarget.ForStepRun(step.Id), cancellationToken).ConfigureAwait(false);
                if (!metadata.ContainsKey(ClearedMetadataKey))
                {
                    yield return (run, step);
                }
            }
        }
    }
}

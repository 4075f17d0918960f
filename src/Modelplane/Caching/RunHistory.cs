using Modelplane.Runs;
using Modelplane.Storage;
using Modelplane.Metadata;

namespace Modelplane.Caching;

/// <summary>
/// The previous run of the same pipeline, loaded once per run on the first cache miss, so a miss
/// can say what changed since then ("parameters changed", "input 'Dataset' changed").
/// </summary>
internal sealed class RunHistory(IMetadataStore store, Guid currentRunId, string pipelineName)
{
    /// <summary>The step-run metadata key holding the cache key's components as JSON.</summary>
    public const string CacheKeyMetadataKey = "modelplane.cache_key";

    private readonly Lock gate = new();
    private Task<PreviousRun?>? previousRun;

    /// <summary>The cache key the previous run used for <paramref name="stepName"/>, with that run's name; null if there is none.</summary>
    public async Task<(string RunName, StepCacheKey Key)?> PreviousKeyAsync(string stepName, CancellationToken cancellationToken)
    {
        Task<PreviousRun?> loading;
        lock (gate)
        {
            loading = previousRun ??= LoadPreviousRunAsync(cancellationToken);
        }

        if (await loading.ConfigureAwait(false) is not { } previous
            || !previous.Steps.TryGetValue(stepName, out var stepRun)
            || stepRun.Status is not (RunStatus.Completed or RunStatus.Cached))
        {
            return null;
        }

        var executedRunId = stepRun.OriginalStepRunId ?? stepRun.Id;
        var metadata = await store.GetMetadataAsync(MetadataTarget.ForStepRun(executedRunId), cancellationToken).ConfigureAwait(false);
        return metadata.TryGetValue(CacheKeyMetadataKey, out var json)
            ? (previous.Name, StepCacheKey.FromJson(json.Text))
            : null;
    }

    private async Task<PreviousRun?> LoadPreviousRunAsync(CancellationToken cancellationToken)
    {
        var runs = await store.ListPipelineRunsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var previous = runs.FirstOrDefault(r => r.PipelineName == pipelineName && r.Id != currentRunId);
        if (previous is null)
        {
            return null;
        }

        var steps = await store.ListStepRunsAsync(previous.Id, cancellationToken).ConfigureAwait(false);
        return new PreviousRun(previous.Name, steps.GroupBy(s => s.StepName).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal));
    }

    private sealed record PreviousRun(string Name, IReadOnlyDictionary<string, StepRunRecord> Steps);
}

using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Runs;

namespace Modelplane.Caching;

/// <summary>
/// Decides hit, miss or disabled for one step, with the reason. A hit needs a completed step run
/// with the same key whose output files all still exist in the artifact store.
/// </summary>
/// <remarks>
/// Model files (<see cref="ArtifactKind.Model"/>) of a hit are also checked against their hash, and a
/// corrupt one fails the step (<see cref="Errors.ArtifactIntegrityException"/>): later steps may
/// never read the model, so otherwise a cached run could link and promote a corrupt model. Other
/// outputs are checked when a step reads them; hashing every cached data set on every run would
/// read (from S3: download) all of them.
/// </remarks>
internal static class CacheLookup
{
    /// <summary>The decision, and on a hit the step run to reuse with its output artifact versions by output name.</summary>
    public static async Task<(CacheDecision Decision, CachedStepRun? Hit)> DecideAsync(
        ModelplaneClient client,
        StepCacheKey key,
        string? disabledReason,
        IReadOnlyList<string> requiredOutputs,
        RunHistory history,
        CancellationToken cancellationToken)
    {
        if (disabledReason is not null)
        {
            return (new CacheDecision(CacheOutcome.Disabled, disabledReason, key), null);
        }

        var completed = await client.MetadataStore.FindCompletedStepRunAsync(key.Value, cancellationToken).ConfigureAwait(false);
        if (completed is null)
        {
            var reason = await ExplainMissAsync(key, history, cancellationToken).ConfigureAwait(false);
            return (new CacheDecision(CacheOutcome.Miss, reason, key), null);
        }

        // The original's metadata says whether the entry was cleared, and carries the model-version metadata to log again on a hit.
        var metadata = await client.MetadataStore.GetMetadataAsync(MetadataTarget.ForStepRun(completed.Id), cancellationToken).ConfigureAwait(false);
        if (metadata.TryGetValue(StepCache.ClearedMetadataKey, out var cleared))
        {
            return (new CacheDecision(CacheOutcome.Miss, $"miss: step run {completed.Id} matches, but was cleared from the cache at {cleared.Text}", key), null);
        }

        if (requiredOutputs.FirstOrDefault(name => !completed.Outputs.ContainsKey(name)) is { } missingOutput)
        {
            return (new CacheDecision(CacheOutcome.Miss, $"miss: step run {completed.Id} has no output '{missingOutput}'", key), null);
        }

        var outputs = new Dictionary<string, ArtifactVersion>(StringComparer.Ordinal);
        foreach (var (outputName, artifactId) in completed.Outputs)
        {
            var artifact = await client.MetadataStore.FindArtifactVersionAsync(artifactId, cancellationToken).ConfigureAwait(false);
            if (artifact is null || !await client.ArtifactStore.ExistsAsync(artifact.ContentHash, cancellationToken).ConfigureAwait(false))
            {
                var what = artifact is null ? $"artifact version {artifactId}" : $"the file of {artifact}";
                return (new CacheDecision(CacheOutcome.Miss, $"miss: step run {completed.Id} matches, but {what} no longer exists", key), null);
            }

            if (artifact.Kind == ArtifactKind.Model)
            {
                await client.GetVerifiedPathAsync(artifact, cancellationToken).ConfigureAwait(false);
            }

            outputs[outputName] = artifact;
        }

        return (new CacheDecision(CacheOutcome.Hit, $"cache hit: step run {completed.Id}", key, completed.Id), new CachedStepRun(completed, outputs, metadata));
    }

    private static async Task<string> ExplainMissAsync(StepCacheKey key, RunHistory history, CancellationToken cancellationToken)
    {
        var reason = $"miss: no completed run with key {key.Value[..12]}";
        if (await history.PreviousKeyAsync(key.StepName, cancellationToken).ConfigureAwait(false) is not { } previous)
        {
            return reason;
        }

        var differences = key.DifferencesFrom(previous.Key);
        return differences.Count == 0
            ? reason
            : $"{reason}; since {previous.RunName}: {string.Join("; ", differences)}";
    }
}

/// <summary>A completed step run whose outputs can be reused, with those outputs and its metadata.</summary>
internal sealed record CachedStepRun(
    StepRunRecord StepRun,
    IReadOnlyDictionary<string, ArtifactVersion> Outputs,
    IReadOnlyDictionary<string, MetadataValue> Metadata);

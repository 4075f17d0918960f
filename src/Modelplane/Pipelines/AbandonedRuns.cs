using System.Diagnostics;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Storage;

namespace Modelplane.Pipelines;

/// <summary>
/// Cleans up after runs whose process died (SIGKILL, a crash, a power cut) before it could record
/// the outcome: they are marked failed, and a version they created for themselves is deleted as a
/// failed run's would have been.
/// </summary>
internal static class AbandonedRuns
{
    /// <summary>Run metadata: the version the run created for itself (<see cref="VersionRequest.New"/>), to delete if the run never finishes.</summary>
    internal const string CreatedVersionKey = "modelplane.created_model_version";

    /// <summary>Run metadata: the version deleted because the run failed or was abandoned.</summary>
    internal const string DeletedVersionKey = "modelplane.deleted_model_version";

    /// <summary>
    /// Marks abandoned runs on this machine as failed and deletes the versions they had created.
    /// Never throws (except on cancellation): a store that cannot do this must not stop the run that asked.
    /// </summary>
    public static async Task RecoverAsync(ModelplaneClient client, CancellationToken cancellationToken)
    {
        try
        {
            var store = client.MetadataStore;
            foreach (var run in await store.MarkAbandonedRunsAsync(cancellationToken).ConfigureAwait(false))
            {
                Trace.TraceWarning($"Pipeline run '{run.Name}' was marked failed: {run.Error}");
                if (run.ModelVersionId is not { } versionId)
                {
                    continue;
                }

                var metadata = await store.GetMetadataAsync(MetadataTarget.ForPipelineRun(run.Id), cancellationToken).ConfigureAwait(false);
                if (metadata.TryGetValue(CreatedVersionKey, out var created) && !metadata.ContainsKey(DeletedVersionKey))
                {
                    // Only one process marks a given run (the marking is one write transaction), so only one deletes.
                    await DeleteCreatedVersionAsync(store, run.Id, versionId, created.Text, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Trace.TraceWarning($"Modelplane could not check for pipeline runs abandoned by ended processes; this run goes on. {exception}");
        }
    }

    /// <summary>
    /// Records on run <paramref name="runId"/> that it created <paramref name="version"/>, best effort and
    /// not cancellable: the run is already recorded, and only its own outcome may end it.
    /// </summary>
    public static async Task NoteCreatedVersionAsync(IMetadataStore store, Guid runId, ModelVersion version)
    {
        try
        {
            await store.SetMetadataAsync(
                MetadataTarget.ForPipelineRun(runId),
                new Dictionary<string, MetadataValue> { [CreatedVersionKey] = Describe(version) },
                CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // The note only matters if this process dies before the run ends; it must not fail a healthy run.
            Trace.TraceWarning($"Modelplane could not note that run {runId} created {Describe(version)}; if the process is killed, delete that version by hand. {exception}");
        }
    }

    /// <summary>Deletes the version a failed or abandoned run created, recording which one on the run.</summary>
    public static async Task DeleteCreatedVersionAsync(IMetadataStore store, Guid runId, Guid versionId, string description, CancellationToken cancellationToken)
    {
        await store.SetMetadataAsync(
            MetadataTarget.ForPipelineRun(runId),
            new Dictionary<string, MetadataValue> { [DeletedVersionKey] = description },
            cancellationToken).ConfigureAwait(false);
        await store.DeleteModelVersionAsync(versionId, cancellationToken).ConfigureAwait(false);
    }

    private static string Describe(ModelVersion version) => $"{version.ModelName} version {version.Number}";
}

using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Storage;

/// <summary>
/// The control plane's records: models, versions, stage history, artifact versions and links,
/// metadata, pipeline runs and step runs. Every write is one transaction. Implementations:
/// <see cref="Sql.SqlMetadataStore"/> with the SQLite dialect (embedded default) or the PostgreSQL one.
/// </summary>
/// <remarks>
/// Most users go through <see cref="ModelplaneClient"/>. The pipeline engine uses this interface
/// directly for runs (create/finish pipeline and step runs, record inputs and outputs, find a
/// completed step run by cache key, delete a version a failed run created).
/// <c>Find…</c> methods return <see langword="null"/> when nothing matches; <c>Get…</c> methods
/// throw <see cref="Errors.NotFoundException"/> with a message naming what was asked for.
/// </remarks>
public interface IMetadataStore : IAsyncDisposable, IDisposable
{
    /// <summary>Where the store is, for messages (e.g. <c>sqlite:/home/me/project/.modelplane/modelplane.db</c>); never contains a password.</summary>
    string Location { get; }

    /// <summary>Creates the schema or brings it up to date. Safe to call again and from several processes at once.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    // Models

    /// <summary>The model named <c>spec.Name</c>, created from <paramref name="spec"/> if it does not exist. An existing model is returned unchanged.</summary>
    Task<Model> GetOrCreateModelAsync(ModelSpec spec, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes the card fields <paramref name="update"/> sets and adds and removes its tags, in one
    /// transaction. Throws <see cref="Errors.NotFoundException"/> if there is no model named
    /// <paramref name="name"/>, <see cref="Errors.ValidationException"/> for an empty tag or one both added and removed.
    /// </summary>
    Task<Model> UpdateModelAsync(string name, ModelUpdate update, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the model named <paramref name="name"/> with all its versions, their artifact links,
    /// stage history and metadata, in one transaction. Artifact versions and pipeline runs stay; runs
    /// pinned to a deleted version keep their records without the version. Returns whether it existed.
    /// </summary>
    Task<bool> DeleteModelAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The model named <paramref name="name"/>, or <see langword="null"/>.</summary>
    Task<Model?> FindModelAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The model with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<Model?> FindModelAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The models <paramref name="filter"/> lets through (all if <see langword="null"/>), by name.</summary>
    Task<IReadOnlyList<Model>> ListModelsAsync(ModelFilter? filter = null, CancellationToken cancellationToken = default);

    // Model versions

    /// <summary>
    /// Creates the next version of model <paramref name="modelId"/>: number = highest + 1, assigned
    /// atomically even when several processes create versions at once; stage <see cref="Stage.None"/>.
    /// Throws <see cref="Errors.ValidationException"/> for an invalid name or one the model already uses.
    /// </summary>
    Task<ModelVersion> CreateModelVersionAsync(Guid modelId, NewModelVersion request, CancellationToken cancellationToken = default);

    /// <summary>The version of model <paramref name="modelName"/> that <paramref name="selector"/> picks, or <see langword="null"/> (also when the model does not exist).</summary>
    Task<ModelVersion?> FindModelVersionAsync(string modelName, VersionSelector selector, CancellationToken cancellationToken = default);

    /// <summary>The version with id <paramref name="versionId"/>, or <see langword="null"/>.</summary>
    Task<ModelVersion?> FindModelVersionAsync(Guid versionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The versions of model <paramref name="modelName"/> that <paramref name="filter"/> lets through
    /// (all if <see langword="null"/>), highest number first; empty if the model does not exist.
    /// </summary>
    Task<IReadOnlyList<ModelVersion>> ListModelVersionsAsync(string modelName, ModelVersionFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Renames a version, changes its description and adds and removes tags, as <paramref name="update"/>
    /// says, in one transaction. Throws <see cref="Errors.NotFoundException"/> for an unknown id and
    /// <see cref="Errors.ValidationException"/> for an invalid name, a name another version of the model
    /// has, an empty tag or a tag both added and removed.
    /// </summary>
    Task<ModelVersion> UpdateModelVersionAsync(Guid versionId, ModelVersionUpdate update, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes a version with its artifact links, stage history and metadata; pipeline runs pinned to
    /// it keep their records without the version. Artifact versions themselves stay. Used when a
    /// failed run created a version that must not be left behind. Returns whether it existed.
    /// </summary>
    Task<bool> DeleteModelVersionAsync(Guid versionId, CancellationToken cancellationToken = default);

    // Stages

    /// <summary>
    /// Moves a version to <c>request.Target</c> in one transaction and records the move in the stage
    /// history. If the target is staging or production and another version holds it, throws
    /// <see cref="Errors.StageConflictException"/>, unless <c>request.Force</c>: then that version is
    /// archived first (also recorded). Moving to the current stage changes nothing and records nothing.
    /// </summary>
    Task<StageChange> SetStageAsync(Guid versionId, StageChangeRequest request, CancellationToken cancellationToken = default);

    /// <summary>The stage history of model <paramref name="modelId"/>, oldest first; only versions <paramref name="versionId"/> if given.</summary>
    Task<IReadOnlyList<StageTransition>> GetStageHistoryAsync(Guid modelId, Guid? versionId = null, CancellationToken cancellationToken = default);

    // Artifacts

    /// <summary>Records a new version of artifact <c>artifact.Name</c> (number = highest + 1, atomically) with its metadata.</summary>
    Task<ArtifactVersion> CreateArtifactVersionAsync(NewArtifactVersion artifact, CancellationToken cancellationToken = default);

    /// <summary>The artifact version with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<ArtifactVersion?> FindArtifactVersionAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="version"/> of artifact <paramref name="name"/> (the highest if <see langword="null"/>), or <see langword="null"/>.</summary>
    Task<ArtifactVersion?> FindArtifactVersionAsync(string name, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>All versions of artifact <paramref name="name"/>, highest first.</summary>
    Task<IReadOnlyList<ArtifactVersion>> ListArtifactVersionsAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Links an artifact version to a model version. Idempotent: returns <see langword="false"/> if the link already existed.</summary>
    Task<bool> LinkArtifactAsync(Guid modelVersionId, Guid artifactVersionId, CancellationToken cancellationToken = default);

    /// <summary>The artifact versions linked to a model version, newest first, optionally only of one <paramref name="kind"/>.</summary>
    Task<IReadOnlyList<ArtifactVersion>> ListLinkedArtifactsAsync(Guid modelVersionId, ArtifactKind? kind = null, CancellationToken cancellationToken = default);

    /// <summary>The newest-created artifact version named <paramref name="artifactName"/> linked to a model version, or <see langword="null"/>.</summary>
    Task<ArtifactVersion?> FindLinkedArtifactAsync(Guid modelVersionId, string artifactName, CancellationToken cancellationToken = default);

    /// <summary>The model versions an artifact version is linked to, by model name and number.</summary>
    Task<IReadOnlyList<ModelVersion>> ListModelVersionsLinkedToAsync(Guid artifactVersionId, CancellationToken cancellationToken = default);

    // Metadata

    /// <summary>Sets metadata on a record; a key set again is overwritten.</summary>
    Task SetMetadataAsync(MetadataTarget target, IReadOnlyDictionary<string, MetadataValue> values, CancellationToken cancellationToken = default);

    /// <summary>The metadata of a record, by key.</summary>
    Task<IReadOnlyDictionary<string, MetadataValue>> GetMetadataAsync(MetadataTarget target, CancellationToken cancellationToken = default);

    // Pipeline and step runs

    /// <summary>Records a pipeline run that starts now, status <see cref="RunStatus.Running"/>.</summary>
    Task<PipelineRunRecord> CreatePipelineRunAsync(NewPipelineRun run, CancellationToken cancellationToken = default);

    /// <summary>Ends a pipeline run now with <paramref name="status"/> (completed, failed or cached) and the error text of a failure.</summary>
    Task<PipelineRunRecord> FinishPipelineRunAsync(Guid pipelineRunId, RunStatus status, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks as <see cref="RunStatus.Failed"/> ("abandoned") every pipeline run, and its running step
    /// runs, that is still <see cref="RunStatus.Running"/> although the process that started it on this
    /// machine has ended (killed, crashed). Runs started on other machines are left alone: their
    /// processes cannot be checked from here. Returns the runs it marked. The pipeline engine calls it
    /// before a run starts.
    /// </summary>
    Task<IReadOnlyList<PipelineRunRecord>> MarkAbandonedRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>The pipeline run with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<PipelineRunRecord?> FindPipelineRunAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Pipeline runs, newest first: those pinned to <paramref name="modelVersionId"/> if given, else all.</summary>
    Task<IReadOnlyList<PipelineRunRecord>> ListPipelineRunsAsync(Guid? modelVersionId = null, CancellationToken cancellationToken = default);

    /// <summary>Records a step run (running, or cached with its reused outputs) with its inputs and DAG edges.</summary>
    Task<StepRunRecord> CreateStepRunAsync(NewStepRun step, CancellationToken cancellationToken = default);

    /// <summary>Records that step run <paramref name="stepRunId"/> read <paramref name="artifactVersionId"/> as input <paramref name="inputName"/>.</summary>
    Task RecordStepInputAsync(Guid stepRunId, string inputName, Guid artifactVersionId, CancellationToken cancellationToken = default);

    /// <summary>Records that step run <paramref name="stepRunId"/> produced <paramref name="artifactVersionId"/> as output <paramref name="outputName"/>.</summary>
    Task RecordStepOutputAsync(Guid stepRunId, string outputName, Guid artifactVersionId, CancellationToken cancellationToken = default);

    /// <summary>Ends a step run now with <paramref name="status"/> (completed or failed) and the error text of a failure.</summary>
    Task<StepRunRecord> FinishStepRunAsync(Guid stepRunId, RunStatus status, string? error = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes a running step run in one transaction: creates <c>completion.NewOutputs</c> (produced by
    /// the step run), records them and <c>completion.ExistingOutputs</c> as its outputs, links them all to
    /// <c>completion.ModelVersionId</c>, sets the step run's and the model version's metadata and marks the
    /// step run <see cref="RunStatus.Completed"/>. Either all of it is recorded or none. Returns the created
    /// artifact versions in the order of <c>NewOutputs</c>. Throws <see cref="Errors.NotFoundException"/>
    /// for an unknown step run, model version or existing output, and <see cref="Errors.ValidationException"/>
    /// if the step run is not running, an output name is taken twice, or model-version metadata has no version.
    /// </summary>
    Task<IReadOnlyList<ArtifactVersion>> CompleteStepRunAsync(StepRunCompletion completion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a step run served from cache in one transaction: the step run (<see cref="RunStatus.Cached"/>,
    /// naming its original) with its inputs and reused outputs, the outputs' links to
    /// <paramref name="modelVersionId"/> and <paramref name="modelVersionMetadata"/> on that version.
    /// </summary>
    Task<StepRunRecord> CreateCachedStepRunAsync(NewStepRun step, Guid? modelVersionId, IReadOnlyDictionary<string, MetadataValue>? modelVersionMetadata = null, CancellationToken cancellationToken = default);

    /// <summary>The step run with id <paramref name="id"/>, or <see langword="null"/>.</summary>
    Task<StepRunRecord?> FindStepRunAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The step runs of a pipeline run, in the order they started.</summary>
    Task<IReadOnlyList<StepRunRecord>> ListStepRunsAsync(Guid pipelineRunId, CancellationToken cancellationToken = default);

    /// <summary>The most recent <see cref="RunStatus.Completed"/> step run with <paramref name="cacheKey"/>, or <see langword="null"/>: the candidate for a cache hit.</summary>
    Task<StepRunRecord?> FindCompletedStepRunAsync(string cacheKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops completed step runs from serving cache hits (all, or those of step <paramref name="stepName"/>)
    /// by setting the step-run metadata key <c>modelplane.cache_cleared</c> to the time, in one
    /// statement. Step runs and artifacts stay. Returns how many step runs were cleared now (not those
    /// cleared before).
    /// </summary>
    Task<int> ClearCacheAsync(string? stepName = null, CancellationToken cancellationToken = default);

    /// <summary>The step run that produced an artifact version, or <see langword="null"/> if it was saved by hand.</summary>
    Task<StepRunRecord?> FindProducerAsync(Guid artifactVersionId, CancellationToken cancellationToken = default);

    /// <summary>The step runs that took an artifact version as input, in the order they started.</summary>
    Task<IReadOnlyList<StepRunRecord>> ListConsumersAsync(Guid artifactVersionId, CancellationToken cancellationToken = default);
}

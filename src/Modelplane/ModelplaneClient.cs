using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Naming;
using Modelplane.Runs;
using Modelplane.Storage;

namespace Modelplane;

/// <summary>
/// The model control plane: models, versions, stages and their history, artifacts, links,
/// metadata and runs, over a metadata store and an artifact store.
/// </summary>
/// <example>
/// <code>
/// await using var client = ModelplaneClient.Open();            // ./.modelplane (SQLite)
/// var version = await client.CreateVersionAsync(new ModelSpec("churn"));
/// await client.SetStageAsync(version.Id, Stage.Staging);
/// var staged = await client.GetVersionAsync("churn", "staging");
/// </code>
/// </example>
public sealed class ModelplaneClient : IAsyncDisposable, IDisposable
{
    /// <summary>The store folder used when none is given and <see cref="StoreEnvironmentVariable"/> is not set.</summary>
    public const string DefaultStoreFolder = ".modelplane";

    /// <summary>The environment variable naming the store when none is given.</summary>
    public const string StoreEnvironmentVariable = "MODELPLANE_STORE";

    internal ModelplaneClient(IMetadataStore metadataStore, IArtifactStore artifactStore, MaterializerRegistry materializers, string actor)
    {
        MetadataStore = metadataStore;
        ArtifactStore = artifactStore;
        Materializers = materializers;
        Actor = actor;
    }

    /// <summary>The metadata store (for the pipeline engine's run records and for advanced queries).</summary>
    public IMetadataStore MetadataStore { get; }

    /// <summary>The artifact store holding artifact files.</summary>
    public IArtifactStore ArtifactStore { get; }

    /// <summary>The materializers used to save and load artifact values.</summary>
    public MaterializerRegistry Materializers { get; }

    /// <summary>Who is recorded as making stage moves.</summary>
    public string Actor { get; }

    /// <summary>
    /// Opens the control plane at <paramref name="store"/>: a folder (SQLite file and artifacts in it),
    /// <c>sqlite:&lt;file&gt;</c>, or a URL handled by a registered provider (<c>postgres://…</c>).
    /// Without one: <c>$MODELPLANE_STORE</c>, else <c>.modelplane</c> under the current directory.
    /// The store is created and migrated on first use.
    /// </summary>
    public static ModelplaneClient Open(string? store = null) => CreateBuilder(store).Build();

    /// <summary>Asynchronous <see cref="Open"/>.</summary>
    public static Task<ModelplaneClient> OpenAsync(string? store = null, CancellationToken cancellationToken = default) =>
        CreateBuilder(store).BuildAsync(cancellationToken);

    /// <summary>A builder for settings beyond the store URL.</summary>
    public static ModelplaneClientBuilder CreateBuilder(string? store = null) => new(store);

    internal static string DefaultStore() =>
        Environment.GetEnvironmentVariable(StoreEnvironmentVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(Directory.GetCurrentDirectory(), DefaultStoreFolder);

    // Models

    /// <summary>The model named <c>spec.Name</c>, created from <paramref name="spec"/> on first use.</summary>
    public Task<Model> GetOrCreateModelAsync(ModelSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Names.ValidateModelName(spec.Name);
        return MetadataStore.GetOrCreateModelAsync(spec, cancellationToken);
    }

    /// <summary>The model named <paramref name="name"/>; throws <see cref="NotFoundException"/> if there is none.</summary>
    public async Task<Model> GetModelAsync(string name, CancellationToken cancellationToken = default) =>
        await MetadataStore.FindModelAsync(name, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"Model '{name}' does not exist. Models are created on first use (a pipeline run or CreateVersionAsync); check the name with ListModelsAsync.");

    /// <summary>The models, by name; only those carrying all of <c>filter.Tags</c> if given.</summary>
    public Task<IReadOnlyList<Model>> ListModelsAsync(ModelFilter? filter = null, CancellationToken cancellationToken = default) =>
        MetadataStore.ListModelsAsync(filter, cancellationToken);

    /// <summary>
    /// Changes the card fields <paramref name="update"/> sets (an empty string clears one) and adds and
    /// removes its tags. Throws <see cref="NotFoundException"/> if model <paramref name="name"/> does not exist.
    /// </summary>
    public Task<Model> UpdateModelAsync(string name, ModelUpdate update, CancellationToken cancellationToken = default) =>
        MetadataStore.UpdateModelAsync(name, update, cancellationToken);

    /// <summary>
    /// Deletes model <paramref name="name"/> with its versions, their artifact links, stage history and
    /// metadata. Artifact versions and pipeline runs stay (runs lose their version). Throws
    /// <see cref="NotFoundException"/> if the model does not exist.
    /// </summary>
    public async Task DeleteModelAsync(string name, CancellationToken cancellationToken = default)
    {
        if (!await MetadataStore.DeleteModelAsync(name, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException($"Model '{name}' does not exist, so nothing was deleted. Check the name with ListModelsAsync (CLI: modelplane model list).");
        }
    }

    // Versions

    /// <summary>Creates the next numbered version of the model (created from <paramref name="model"/> if new).</summary>
    public async Task<ModelVersion> CreateVersionAsync(ModelSpec model, NewModelVersion? version = null, CancellationToken cancellationToken = default)
    {
        var created = await GetOrCreateModelAsync(model, cancellationToken).ConfigureAwait(false);
        var request = version ?? new NewModelVersion();
        if (request.Name is not null)
        {
            Names.ValidateVersionName(request.Name, created.Name);
        }

        return await MetadataStore.CreateModelVersionAsync(created.Id, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the next numbered version of model <paramref name="modelName"/> (created with just its name if new).</summary>
    public Task<ModelVersion> CreateVersionAsync(string modelName, NewModelVersion? version = null, CancellationToken cancellationToken = default) =>
        CreateVersionAsync(new ModelSpec(modelName), version, cancellationToken);

    /// <summary>
    /// The version named <paramref name="versionName"/>, created (with the next number) if the model
    /// has no version of that name yet. Safe when several runs ask at once: they all get the same version.
    /// </summary>
    public async Task<ModelVersion> GetOrCreateVersionAsync(ModelSpec model, string versionName, CancellationToken cancellationToken = default)
    {
        var created = await GetOrCreateModelAsync(model, cancellationToken).ConfigureAwait(false);
        Names.ValidateVersionName(versionName, created.Name);
        var selector = VersionSelector.ByName(versionName);
        if (await MetadataStore.FindModelVersionAsync(created.Name, selector, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        try
        {
            return await MetadataStore.CreateModelVersionAsync(created.Id, new NewModelVersion { Name = versionName }, cancellationToken).ConfigureAwait(false);
        }
        catch (ValidationException)
        {
            // Another run may have created it between the lookup and the insert; then use that one.
            var raced = await MetadataStore.FindModelVersionAsync(created.Name, selector, cancellationToken).ConfigureAwait(false);
            if (raced is null)
            {
                throw;
            }

            return raced;
        }
    }

    /// <summary>The version <paramref name="selector"/> picks; throws <see cref="NotFoundException"/> naming the model and what was asked.</summary>
    public async Task<ModelVersion> GetVersionAsync(string modelName, VersionSelector selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (await MetadataStore.FindModelVersionAsync(modelName, selector, cancellationToken).ConfigureAwait(false) is { } version)
        {
            return version;
        }

        await GetModelAsync(modelName, cancellationToken).ConfigureAwait(false);
        throw new NotFoundException(MissingVersionMessage(modelName, selector));
    }

    /// <summary>The version picked by <paramref name="selector"/> in text form: a number, name, stage, <c>latest</c> or id.</summary>
    public Task<ModelVersion> GetVersionAsync(string modelName, string selector, CancellationToken cancellationToken = default) =>
        GetVersionAsync(modelName, VersionSelector.Parse(selector), cancellationToken);

    /// <summary>The version with id <paramref name="versionId"/>.</summary>
    public async Task<ModelVersion> GetVersionAsync(Guid versionId, CancellationToken cancellationToken = default) =>
        await MetadataStore.FindModelVersionAsync(versionId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no model version with id {versionId}.");

    /// <summary>The version <paramref name="selector"/> picks, or <see langword="null"/>.</summary>
    public Task<ModelVersion?> FindVersionAsync(string modelName, VersionSelector selector, CancellationToken cancellationToken = default) =>
        MetadataStore.FindModelVersionAsync(modelName, selector, cancellationToken);

    /// <summary>
    /// The versions of a model, highest number first; only those in <c>filter.Stage</c> and carrying all
    /// of <c>filter.Tags</c> if given. Throws <see cref="NotFoundException"/> if the model does not exist.
    /// </summary>
    public async Task<IReadOnlyList<ModelVersion>> ListVersionsAsync(string modelName, ModelVersionFilter? filter = null, CancellationToken cancellationToken = default)
    {
        await GetModelAsync(modelName, cancellationToken).ConfigureAwait(false);
        return await MetadataStore.ListModelVersionsAsync(modelName, filter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Renames a version, changes its description (an empty string clears it) and adds and removes tags.
    /// Throws <see cref="NotFoundException"/> for an unknown id and <see cref="ValidationException"/> for a
    /// name that is invalid or taken by another version of the model.
    /// </summary>
    public Task<ModelVersion> UpdateVersionAsync(Guid versionId, ModelVersionUpdate update, CancellationToken cancellationToken = default) =>
        MetadataStore.UpdateModelVersionAsync(versionId, update, cancellationToken);

    /// <summary>Deletes a version with its links, stage history and metadata (see <see cref="IMetadataStore.DeleteModelVersionAsync"/>).</summary>
    public async Task DeleteVersionAsync(Guid versionId, CancellationToken cancellationToken = default)
    {
        if (!await MetadataStore.DeleteModelVersionAsync(versionId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException($"There is no model version with id {versionId} to delete.");
        }
    }

    // Stages

    /// <summary>
    /// Moves a version to <paramref name="stage"/>. Staging and production have one holder each: if
    /// another version holds it this throws <see cref="StageConflictException"/>, unless
    /// <paramref name="force"/>, which archives that version. Every move is recorded with
    /// <see cref="Actor"/> and <paramref name="reason"/>; moving to the current stage does nothing.
    /// </summary>
    public async Task<StageChange> SetStageAsync(Guid versionId, Stage stage, bool force = false, string? reason = null, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(stage))
        {
            throw new ValidationException($"{(int)stage} is not a stage. Use one of: none, staging, production, archived.");
        }

        return await MetadataStore.SetStageAsync(versionId, new StageChangeRequest(stage, Actor) { Force = force, Reason = reason }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stage history of a model, oldest first, or only that of the version <paramref name="version"/> picks.</summary>
    public async Task<IReadOnlyList<StageTransition>> GetStageHistoryAsync(string modelName, VersionSelector? version = null, CancellationToken cancellationToken = default)
    {
        var model = await GetModelAsync(modelName, cancellationToken).ConfigureAwait(false);
        Guid? versionId = version is null ? null : (await GetVersionAsync(modelName, version, cancellationToken).ConfigureAwait(false)).Id;
        return await MetadataStore.GetStageHistoryAsync(model.Id, versionId, cancellationToken).ConfigureAwait(false);
    }

    // Artifacts

    /// <summary>
    /// Saves <paramref name="value"/> as the next version of artifact <paramref name="name"/>: the
    /// materializer writes it, the file is stored under its SHA-256 (identical content once), and the
    /// version is recorded with the materializer's metadata (and linked, if asked).
    /// </summary>
    public async Task<ArtifactVersion> SaveArtifactAsync<T>(string name, T value, ArtifactSaveOptions? options = null, CancellationToken cancellationToken = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(value);
        Names.ValidateArtifactName(name);
        options ??= new ArtifactSaveOptions();
        var type = value.GetType();
        var materializer = options.MaterializerId is { } id ? Materializers.Get(id) : Materializers.For(type);
        if (!materializer.CanHandle(type))
        {
            throw new ValidationException($"Materializer '{materializer.Id}' cannot save artifact '{name}' of type {type}.");
        }

        var staging = ArtifactStore.CreateStagingPath();
        StoredContent content;
        try
        {
            materializer.Save(value, staging);
            content = await ArtifactStore.CommitAsync(staging, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(staging);
            throw;
        }

        var metadata = AutomaticMetadata.For(materializer, value, content);
        foreach (var (key, metadataValue) in options.Metadata)
        {
            metadata[key] = metadataValue;
        }

        var artifact = await MetadataStore.CreateArtifactVersionAsync(
            new NewArtifactVersion(name, options.Kind ?? materializer.DefaultKind, materializer.Id, ArtifactTypeName.Of(type), content.ContentHash, content.Size)
            {
                ProducerStepRunId = options.ProducerStepRunId,
                Tags = options.Tags,
                Metadata = metadata,
            },
            cancellationToken).ConfigureAwait(false);
        if (options.LinkToModelVersionId is { } modelVersionId)
        {
            await MetadataStore.LinkArtifactAsync(modelVersionId, artifact.Id, cancellationToken).ConfigureAwait(false);
        }

        return artifact;
    }

    /// <summary>Loads the value of <paramref name="artifact"/> after verifying its file against the recorded hash (<see cref="ArtifactIntegrityException"/> on mismatch).</summary>
    public async Task<T> LoadArtifactAsync<T>(ArtifactVersion artifact, CancellationToken cancellationToken = default) =>
        (T)await LoadArtifactAsync(artifact, typeof(T), cancellationToken).ConfigureAwait(false);

    /// <summary>Loads the value of <paramref name="artifact"/> as <paramref name="type"/>, verifying its hash first.</summary>
    public async Task<object> LoadArtifactAsync(ArtifactVersion artifact, Type type, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(type);

        // Load as the saved type when it is known, so asking for a base type (or object) still
        // yields the real value; refuse a type the saved value could never be.
        var saved = Type.GetType(artifact.TypeName, throwOnError: false);
        if (saved is not null && !type.IsAssignableFrom(saved))
        {
            throw new ValidationException($"Artifact '{artifact.Name}' version {artifact.Version} holds a {saved}, which cannot be loaded as a {type}.");
        }

        var materializer = Materializers.Get(artifact.MaterializerId);
        var path = await GetVerifiedPathAsync(artifact, cancellationToken).ConfigureAwait(false);
        var value = materializer.Load(saved ?? type, path);
        return type.IsInstanceOfType(value)
            ? value
            : throw new ValidationException($"Artifact '{artifact.Name}' version {artifact.Version} holds a {value.GetType()}, not a {type}. It was saved as {artifact.TypeName}.");
    }

    /// <summary>The local path of the artifact's file, after verifying it against the recorded hash.</summary>
    public async Task<string> GetVerifiedPathAsync(ArtifactVersion artifact, CancellationToken cancellationToken = default)
    {
        var path = await ArtifactStore.GetLocalPathAsync(artifact.ContentHash, cancellationToken).ConfigureAwait(false);
        var actual = await ContentHash.OfFileAsync(path, cancellationToken).ConfigureAwait(false);
        return actual == artifact.ContentHash
            ? path
            : throw new ArtifactIntegrityException(artifact.Name, artifact.Version, path, artifact.ContentHash, actual);
    }

    /// <summary>Version <paramref name="version"/> of artifact <paramref name="name"/>, the highest if <see langword="null"/>.</summary>
    public async Task<ArtifactVersion> GetArtifactAsync(string name, int? version = null, CancellationToken cancellationToken = default) =>
        await MetadataStore.FindArtifactVersionAsync(name, version, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException(version is null
            ? $"There is no artifact named '{name}'."
            : $"Artifact '{name}' has no version {version}.");

    /// <summary>The artifact version with id <paramref name="id"/>.</summary>
    public async Task<ArtifactVersion> GetArtifactAsync(Guid id, CancellationToken cancellationToken = default) =>
        await MetadataStore.FindArtifactVersionAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no artifact version with id {id}.");

    /// <summary>All versions of artifact <paramref name="name"/>, highest first.</summary>
    public Task<IReadOnlyList<ArtifactVersion>> ListArtifactVersionsAsync(string name, CancellationToken cancellationToken = default) =>
        MetadataStore.ListArtifactVersionsAsync(name, cancellationToken);

    /// <summary>Links an artifact version to a model version; returns <see langword="false"/> if already linked.</summary>
    public Task<bool> LinkArtifactAsync(Guid modelVersionId, Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        MetadataStore.LinkArtifactAsync(modelVersionId, artifactVersionId, cancellationToken);

    /// <summary>The artifact versions linked to a model version, newest first, optionally of one kind.</summary>
    public Task<IReadOnlyList<ArtifactVersion>> ListLinkedArtifactsAsync(Guid modelVersionId, ArtifactKind? kind = null, CancellationToken cancellationToken = default) =>
        MetadataStore.ListLinkedArtifactsAsync(modelVersionId, kind, cancellationToken);

    /// <summary>The newest artifact version named <paramref name="artifactName"/> linked to <paramref name="version"/>.</summary>
    public async Task<ArtifactVersion> GetLinkedArtifactAsync(ModelVersion version, string artifactName, CancellationToken cancellationToken = default) =>
        await MetadataStore.FindLinkedArtifactAsync(version.Id, artifactName, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"Model '{version.ModelName}' version {version.DisplayName} has no artifact named '{artifactName}'. List its artifacts with ListLinkedArtifactsAsync; the pipeline that produces it may not have run for this version.");

    /// <summary>Loads the newest artifact named <paramref name="artifactName"/> linked to <paramref name="version"/>.</summary>
    public async Task<T> LoadLinkedArtifactAsync<T>(ModelVersion version, string artifactName, CancellationToken cancellationToken = default) =>
        await LoadArtifactAsync<T>(await GetLinkedArtifactAsync(version, artifactName, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>The model versions an artifact version is linked to.</summary>
    public Task<IReadOnlyList<ModelVersion>> ListVersionsLinkedToAsync(Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        MetadataStore.ListModelVersionsLinkedToAsync(artifactVersionId, cancellationToken);

    // Metadata

    /// <summary>Sets metadata on a model version, artifact version, pipeline run or step run; keys set again are overwritten.</summary>
    public Task SetMetadataAsync(MetadataTarget target, IReadOnlyDictionary<string, MetadataValue> values, CancellationToken cancellationToken = default) =>
        MetadataStore.SetMetadataAsync(target, values, cancellationToken);

    /// <summary>Sets one metadata value.</summary>
    public Task SetMetadataAsync(MetadataTarget target, string key, MetadataValue value, CancellationToken cancellationToken = default) =>
        MetadataStore.SetMetadataAsync(target, new Dictionary<string, MetadataValue> { [key] = value }, cancellationToken);

    /// <summary>The metadata of a record, by key.</summary>
    public Task<IReadOnlyDictionary<string, MetadataValue>> GetMetadataAsync(MetadataTarget target, CancellationToken cancellationToken = default) =>
        MetadataStore.GetMetadataAsync(target, cancellationToken);

    // Runs

    /// <summary>Pipeline runs, newest first: those of <paramref name="modelVersionId"/> if given, else all.</summary>
    public Task<IReadOnlyList<PipelineRunRecord>> ListRunsAsync(Guid? modelVersionId = null, CancellationToken cancellationToken = default) =>
        MetadataStore.ListPipelineRunsAsync(modelVersionId, cancellationToken);

    /// <summary>The pipeline run with id <paramref name="id"/>.</summary>
    public async Task<PipelineRunRecord> GetRunAsync(Guid id, CancellationToken cancellationToken = default) =>
        await MetadataStore.FindPipelineRunAsync(id, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"There is no pipeline run with id {id}.");

    /// <summary>The step runs of a pipeline run, in the order they started.</summary>
    public Task<IReadOnlyList<StepRunRecord>> ListStepRunsAsync(Guid pipelineRunId, CancellationToken cancellationToken = default) =>
        MetadataStore.ListStepRunsAsync(pipelineRunId, cancellationToken);

    /// <summary>The step run that produced an artifact version, or <see langword="null"/> if it was saved by hand.</summary>
    public Task<StepRunRecord?> FindProducerAsync(Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        MetadataStore.FindProducerAsync(artifactVersionId, cancellationToken);

    /// <summary>The step runs that took an artifact version as input.</summary>
    public Task<IReadOnlyList<StepRunRecord>> ListConsumersAsync(Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        MetadataStore.ListConsumersAsync(artifactVersionId, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => MetadataStore.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => MetadataStore.Dispose();

    internal static string MissingVersionMessage(string modelName, VersionSelector selector) => selector.Kind switch
    {
        VersionSelectorKind.Stage => $"Model '{modelName}' has no version in stage '{Stages.ToText(selector.Stage)}'. Promote one with SetStageAsync (CLI: modelplane model version update {modelName} <version> --stage {Stages.ToText(selector.Stage)}).",
        VersionSelectorKind.Latest => $"Model '{modelName}' has no versions yet, so there is no 'latest'. Run the training pipeline or create a version first.",
        VersionSelectorKind.Number => $"Model '{modelName}' has no version number {selector.Number}. List its versions to see which exist.",
        VersionSelectorKind.Name => $"Model '{modelName}' has no version named '{selector.Name}'. List its versions to see which exist.",
        _ => $"Model '{modelName}' has no version with id {selector.Id}.",
    };
}

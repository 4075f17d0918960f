using System.Data.Common;
using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Storage.Sql;

/// <summary>
/// The <see cref="IMetadataStore"/> over ADO.NET: one implementation for every SQL database, with the
/// differences in a <see cref="SqlDialect"/>. Every query is parameterised; every write is one transaction.
/// </summary>
public sealed partial class SqlMetadataStore : IMetadataStore
{
    private readonly SqlDialect _dialect;
    private readonly Func<DbConnection> _connectionFactory;

    /// <summary>Creates a store that opens connections with <paramref name="connectionFactory"/> and speaks <paramref name="dialect"/>.</summary>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="connectionFactory">Creates a new, unopened connection.</param>
    /// <param name="location">Where the store is, for messages; must not contain a password.</param>
    public SqlMetadataStore(SqlDialect dialect, Func<DbConnection> connectionFactory, string location)
    {
        _dialect = dialect;
        _connectionFactory = connectionFactory;
        Location = location;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<Model> GetOrCreateModelAsync(ModelSpec spec, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<Model> UpdateModelAsync(ModelSpec spec, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<Model?> FindModelAsync(string name, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<Model?> FindModelAsync(Guid id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<Model>> ListModelsAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ModelVersion> CreateModelVersionAsync(Guid modelId, NewModelVersion request, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ModelVersion?> FindModelVersionAsync(string modelName, VersionSelector selector, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ModelVersion?> FindModelVersionAsync(Guid versionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<ModelVersion>> ListModelVersionsAsync(string modelName, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ModelVersion> UpdateModelVersionAsync(Guid versionId, string? description, IReadOnlyList<string> tags, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<bool> DeleteModelVersionAsync(Guid versionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<StageChange> SetStageAsync(Guid versionId, StageChangeRequest request, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<StageTransition>> GetStageHistoryAsync(Guid modelId, Guid? versionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ArtifactVersion> CreateArtifactVersionAsync(NewArtifactVersion artifact, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ArtifactVersion?> FindArtifactVersionAsync(Guid id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ArtifactVersion?> FindArtifactVersionAsync(string name, int? version, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactVersion>> ListArtifactVersionsAsync(string name, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<bool> LinkArtifactAsync(Guid modelVersionId, Guid artifactVersionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactVersion>> ListLinkedArtifactsAsync(Guid modelVersionId, ArtifactKind? kind, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<ArtifactVersion?> FindLinkedArtifactAsync(Guid modelVersionId, string artifactName, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<ModelVersion>> ListModelVersionsLinkedToAsync(Guid artifactVersionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task SetMetadataAsync(MetadataTarget target, IReadOnlyDictionary<string, MetadataValue> values, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, MetadataValue>> GetMetadataAsync(MetadataTarget target, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<PipelineRunRecord> CreatePipelineRunAsync(NewPipelineRun run, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<PipelineRunRecord> FinishPipelineRunAsync(Guid pipelineRunId, RunStatus status, string? error, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<PipelineRunRecord?> FindPipelineRunAsync(Guid id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<PipelineRunRecord>> ListPipelineRunsAsync(Guid? modelVersionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<StepRunRecord> CreateStepRunAsync(NewStepRun step, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task RecordStepInputAsync(Guid stepRunId, string inputName, Guid artifactVersionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task RecordStepOutputAsync(Guid stepRunId, string outputName, Guid artifactVersionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<StepRunRecord> FinishStepRunAsync(Guid stepRunId, RunStatus status, string? error, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<StepRunRecord?> FindStepRunAsync(Guid id, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<StepRunRecord>> ListStepRunsAsync(Guid pipelineRunId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<StepRunRecord?> FindCompletedStepRunAsync(string cacheKey, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<StepRunRecord?> FindProducerAsync(Guid artifactVersionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public Task<IReadOnlyList<StepRunRecord>> ListConsumersAsync(Guid artifactVersionId, CancellationToken cancellationToken) => throw new NotImplementedException();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}

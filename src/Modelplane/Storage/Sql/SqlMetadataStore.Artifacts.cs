using System.Data.Common;
using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Naming;

namespace Modelplane.Storage.Sql;

// Artifact versions and their links to model versions.
public sealed partial class SqlMetadataStore
{
    private const string ArtifactColumns =
        "a.id, a.name, a.version, a.kind, a.materializer_id, a.type_name, a.content_hash, a.size, a.created, a.producer_step_run_id, a.tags";

    /// <inheritdoc />
    public Task<ArtifactVersion> CreateArtifactVersionAsync(NewArtifactVersion artifact, CancellationToken cancellationToken = default)
    {
        ValidateNewArtifact(artifact);
        return WriteAsync(
            async (connection, transaction) =>
            {
                if (artifact.ProducerStepRunId is { } producer && !await ExistsAsync(connection, transaction, "step_runs", producer, cancellationToken).ConfigureAwait(false))
                {
                    throw new NotFoundException($"Artifact '{artifact.Name}' names producer step run {producer}, which does not exist.");
                }

                return await InsertArtifactVersionAsync(connection, transaction, artifact, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ArtifactVersion?> FindArtifactVersionAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => FindArtifactAsync(connection, null, "a.id = @id", cancellationToken, ("id", id)), cancellationToken);

    /// <inheritdoc />
    public Task<ArtifactVersion?> FindArtifactVersionAsync(string name, int? version = null, CancellationToken cancellationToken = default) =>
        ReadAsync(
            connection => version is { } number
                ? FindArtifactAsync(connection, null, "a.name = @name AND a.version = @version", cancellationToken, ("name", name), ("version", number))
                : FindArtifactAsync(connection, null, "a.name = @name", cancellationToken, ("name", name)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactVersion>> ListArtifactVersionsAsync(string name, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => ListArtifactsAsync(connection, $"SELECT {ArtifactColumns} FROM artifact_versions a WHERE a.name = @name ORDER BY a.version DESC", cancellationToken, ("name", name)), cancellationToken);

    /// <inheritdoc />
    public Task<bool> LinkArtifactAsync(Guid modelVersionId, Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            await RequireModelVersionAsync(connection, transaction, modelVersionId, $"Cannot link artifact version {artifactVersionId}", cancellationToken).ConfigureAwait(false);
            if (!await ExistsAsync(connection, transaction, "artifact_versions", artifactVersionId, cancellationToken).ConfigureAwait(false))
            {
                throw new NotFoundException($"Cannot link to model version {modelVersionId}: there is no artifact version with id {artifactVersionId}.");
            }

            return await InsertLinkAsync(connection, transaction, modelVersionId, artifactVersionId, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactVersion>> ListLinkedArtifactsAsync(Guid modelVersionId, ArtifactKind? kind = null, CancellationToken cancellationToken = default)
    {
        const string Linked = $"SELECT {ArtifactColumns} FROM artifact_versions a JOIN model_version_artifacts l ON l.artifact_version_id = a.id WHERE l.model_version_id = @model_version_id";
        return ReadAsync(
            connection => kind is { } only
                ? ListArtifactsAsync(connection, $"{Linked} AND a.kind = @kind ORDER BY a.created DESC, a.version DESC", cancellationToken, ("model_version_id", modelVersionId), ("kind", StoredText.Of(only)))
                : ListArtifactsAsync(connection, $"{Linked} ORDER BY a.created DESC, a.version DESC", cancellationToken, ("model_version_id", modelVersionId)),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ArtifactVersion?> FindLinkedArtifactAsync(Guid modelVersionId, string artifactName, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection => (await ListArtifactsAsync(
                connection,
                $"SELECT {ArtifactColumns} FROM artifact_versions a JOIN model_version_artifacts l ON l.artifact_version_id = a.id " +
                "WHERE l.model_version_id = @model_version_id AND a.name = @name ORDER BY a.created DESC, a.version DESC LIMIT 1",
                cancellationToken,
                ("model_version_id", modelVersionId),
                ("name", artifactName)).ConfigureAwait(false)).FirstOrDefault(),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ModelVersion>> ListModelVersionsLinkedToAsync(Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ModelVersion>>(
            async connection => await QueryAsync(
                connection,
                null,
                $"{VersionSelect} JOIN model_version_artifacts l ON l.model_version_id = v.id WHERE l.artifact_version_id = @artifact_version_id ORDER BY m.name, v.number",
                ReadVersion,
                cancellationToken,
                ("artifact_version_id", artifactVersionId)).ConfigureAwait(false),
            cancellationToken);

    private static void ValidateNewArtifact(NewArtifactVersion artifact)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        Names.ValidateArtifactName(artifact.Name);
        ContentHash.Validate(artifact.ContentHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(artifact.MaterializerId);
    }

    // The caller has checked that the producer step run, if any, exists.
    private async Task<ArtifactVersion> InsertArtifactVersionAsync(DbConnection connection, DbTransaction transaction, NewArtifactVersion artifact, CancellationToken cancellationToken)
    {
        var version = await NextNumberAsync(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM artifact_versions WHERE name = @name", cancellationToken, ("name", artifact.Name)).ConfigureAwait(false);
        var id = Guid.CreateVersion7();
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO artifact_versions (id, name, version, kind, materializer_id, type_name, content_hash, size, created, producer_step_run_id, tags) " +
            "VALUES (@id, @name, @version, @kind, @materializer_id, @type_name, @content_hash, @size, @created, @producer_step_run_id, @tags)",
            cancellationToken,
            ("id", id),
            ("name", artifact.Name),
            ("version", version),
            ("kind", StoredText.Of(artifact.Kind)),
            ("materializer_id", artifact.MaterializerId),
            ("type_name", artifact.TypeName),
            ("content_hash", artifact.ContentHash),
            ("size", artifact.Size),
            ("created", _dialect.Now()),
            ("producer_step_run_id", artifact.ProducerStepRunId),
            ("tags", StoredText.Of(artifact.Tags))).ConfigureAwait(false);
        await UpsertMetadataAsync(connection, transaction, MetadataTarget.ForArtifactVersion(id), artifact.Metadata, cancellationToken).ConfigureAwait(false);
        return (await FindArtifactAsync(connection, transaction, "a.id = @id", cancellationToken, ("id", id)).ConfigureAwait(false))!;
    }

    // The caller has checked that both versions exist. Returns false if the link already existed.
    private async Task<bool> InsertLinkAsync(DbConnection connection, DbTransaction transaction, Guid modelVersionId, Guid artifactVersionId, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO model_version_artifacts (model_version_id, artifact_version_id, created) VALUES (@model_version_id, @artifact_version_id, @created) " +
            "ON CONFLICT (model_version_id, artifact_version_id) DO NOTHING",
            cancellationToken,
            ("model_version_id", modelVersionId),
            ("artifact_version_id", artifactVersionId),
            ("created", _dialect.Now())).ConfigureAwait(false) == 1;

    private async Task RequireModelVersionAsync(DbConnection connection, DbTransaction transaction, Guid modelVersionId, string action, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(connection, transaction, "model_versions", modelVersionId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException($"{action}: there is no model version with id {modelVersionId}.");
        }
    }

    private async Task<ArtifactVersion?> FindArtifactAsync(DbConnection connection, DbTransaction? transaction, string condition, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var found = await QuerySingleAsync(
            connection,
            transaction,
            $"SELECT {ArtifactColumns} FROM artifact_versions a WHERE {condition} ORDER BY a.version DESC LIMIT 1",
            ReadArtifact,
            cancellationToken,
            parameters).ConfigureAwait(false);
        return found is null ? null : await WithMetadataAsync(connection, transaction, found, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ArtifactVersion>> ListArtifactsAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var artifacts = await QueryAsync(connection, null, sql, ReadArtifact, cancellationToken, parameters).ConfigureAwait(false);
        return await CompleteEachAsync(artifacts, artifact => WithMetadataAsync(connection, null, artifact, cancellationToken)).ConfigureAwait(false);
    }

    private async Task<ArtifactVersion> WithMetadataAsync(DbConnection connection, DbTransaction? transaction, ArtifactVersion artifact, CancellationToken cancellationToken) =>
        artifact with { Metadata = await ReadMetadataAsync(connection, transaction, MetadataTarget.ForArtifactVersion(artifact.Id), cancellationToken).ConfigureAwait(false) };

    private async Task<bool> ExistsAsync(DbConnection connection, DbTransaction? transaction, string table, Guid id, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, transaction, $"SELECT 1 FROM {table} WHERE id = @id", cancellationToken, ("id", id)).ConfigureAwait(false) is not null;

    private ArtifactVersion ReadArtifact(DbDataReader reader) => new(
        _dialect.ReadGuid(reader, 0),
        reader.GetString(1),
        reader.GetInt32(2),
        StoredText.ToArtifactKind(reader.GetString(3)),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetInt64(7),
        _dialect.ReadTime(reader, 8),
        NullableGuid(reader, 9),
        StoredText.ToList(reader.GetString(10)),
        new Dictionary<string, MetadataValue>());
}

using System.Data.Common;
using Modelplane.Errors;
using Modelplane.Models;
using Modelplane.Naming;

namespace Modelplane.Storage.Sql;

// Models, versions and stages.
public sealed partial class SqlMetadataStore
{
    private const string ModelColumns =
        "id, name, description, license, audience, use_cases, limitations, trade_offs, ethics, tags, created";

    private const string VersionSelect =
        "SELECT v.id, v.model_id, m.name, v.number, v.name, v.description, v.tags, v.stage, v.created " +
        "FROM model_versions v JOIN models m ON m.id = v.model_id";

    private const string TransitionColumns =
        "id, model_id, version_id, version_number, from_stage, to_stage, at, actor, reason";

    /// <inheritdoc />
    public Task<Model> GetOrCreateModelAsync(ModelSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Names.ValidateModelName(spec.Name);
        return WriteAsync(async (connection, transaction) =>
        {
            if (await FindModelAsync(connection, transaction, spec.Name, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return existing;
            }

            await ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO models ({ModelColumns}) VALUES (@id, @name, @description, @license, @audience, @use_cases, @limitations, @trade_offs, @ethics, @tags, @created)",
                cancellationToken,
                [("id", Guid.CreateVersion7()), ("created", _dialect.Now()), .. ModelParameters(spec)]).ConfigureAwait(false);
            return (await FindModelAsync(connection, transaction, spec.Name, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Model> UpdateModelAsync(string name, ModelUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return WriteAsync(async (connection, transaction) =>
        {
            if (!await LockRowAsync(connection, transaction, "models", "name", name, cancellationToken).ConfigureAwait(false))
            {
                throw new NotFoundException($"Model '{name}' does not exist, so it cannot be updated. Check the name with ListModelsAsync (CLI: modelplane model list).");
            }

            var model = (await FindModelAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false))!;
            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE models SET description = @description, license = @license, audience = @audience, use_cases = @use_cases, " +
                "limitations = @limitations, trade_offs = @trade_offs, ethics = @ethics, tags = @tags WHERE id = @id",
                cancellationToken,
                ("id", model.Id),
                ("description", Edited(model.Description, update.Description)),
                ("license", Edited(model.License, update.License)),
                ("audience", Edited(model.Audience, update.Audience)),
                ("use_cases", Edited(model.UseCases, update.UseCases)),
                ("limitations", Edited(model.Limitations, update.Limitations)),
                ("trade_offs", Edited(model.TradeOffs, update.TradeOffs)),
                ("ethics", Edited(model.Ethics, update.Ethics)),
                ("tags", StoredText.Of(TagEdits.Apply(model.Tags, update.AddTags, update.RemoveTags, $"model '{name}'")))).ConfigureAwait(false);
            return (await FindModelAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteModelAsync(string name, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            if (await FindModelAsync(connection, transaction, name, cancellationToken).ConfigureAwait(false) is not { } model)
            {
                return false;
            }

            await DeleteVersionsAsync(connection, transaction, "model_id = @owner", model.Id, cancellationToken).ConfigureAwait(false);
            return await ExecuteAsync(connection, transaction, "DELETE FROM models WHERE id = @id", cancellationToken, ("id", model.Id)).ConfigureAwait(false) == 1;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<Model?> FindModelAsync(string name, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => FindModelAsync(connection, null, name, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<Model?> FindModelAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => QuerySingleAsync(connection, null, $"SELECT {ModelColumns} FROM models WHERE id = @id", ReadModel, cancellationToken, ("id", id)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<Model>> ListModelsAsync(ModelFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var tags = filter?.Tags ?? [];
        return ReadAsync<IReadOnlyList<Model>>(
            async connection =>
            {
                var models = await QueryAsync(connection, null, $"SELECT {ModelColumns} FROM models ORDER BY name", ReadModel, cancellationToken).ConfigureAwait(false);

                // Tags are JSON text, and a membership test on JSON differs per database; a store's
                // models fit in memory, so the tag filter stays out of the shared SQL.
                return models.Where(m => TagEdits.HasAll(m.Tags, tags)).ToList();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ModelVersion> CreateModelVersionAsync(Guid modelId, NewModelVersion request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return WriteAsync(async (connection, transaction) =>
        {
            var modelName = await ScalarAsync(connection, transaction, "SELECT name FROM models WHERE id = @id", cancellationToken, ("id", modelId)).ConfigureAwait(false) as string
                ?? throw new NotFoundException($"There is no model with id {modelId} to create a version of.");
            if (request.Name is not null)
            {
                await EnsureVersionNameIsFreeAsync(connection, transaction, modelName, request.Name, cancellationToken).ConfigureAwait(false);
            }

            // Read and insert in one write transaction; the UNIQUE(model_id, number) constraint and
            // the retry in WriteAsync cover databases whose write transactions do not serialise.
            var number = await NextNumberAsync(connection, transaction, "SELECT COALESCE(MAX(number), 0) FROM model_versions WHERE model_id = @model_id", cancellationToken, ("model_id", modelId)).ConfigureAwait(false);
            var id = Guid.CreateVersion7();
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO model_versions (id, model_id, number, name, description, tags, stage, created) VALUES (@id, @model_id, @number, @name, @description, @tags, @stage, @created)",
                cancellationToken,
                ("id", id),
                ("model_id", modelId),
                ("number", number),
                ("name", request.Name),
                ("description", request.Description),
                ("tags", StoredText.Of(request.Tags)),
                ("stage", StoredText.Of(Stage.None)),
                ("created", _dialect.Now())).ConfigureAwait(false);
            return (await FindVersionAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ModelVersion?> FindModelVersionAsync(string modelName, VersionSelector selector, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selector);
        return ReadAsync(connection => FindVersionAsync(connection, null, modelName, selector, cancellationToken), cancellationToken);
    }

    /// <inheritdoc />
    public Task<ModelVersion?> FindModelVersionAsync(Guid versionId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => FindVersionAsync(connection, null, versionId, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ModelVersion>> ListModelVersionsAsync(string modelName, ModelVersionFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var stageCondition = filter?.Stage is null ? "" : " AND v.stage = @stage";
        var tags = filter?.Tags ?? [];
        return ReadAsync<IReadOnlyList<ModelVersion>>(
            async connection =>
            {
                var versions = await QueryAsync(
                    connection,
                    null,
                    $"{VersionSelect} WHERE m.name = @model{stageCondition} ORDER BY v.number DESC",
                    ReadVersion,
                    cancellationToken,
                    [("model", modelName), .. filter?.Stage is { } stage ? [("stage", StoredText.Of(stage))] : Array.Empty<(string, object?)>()]).ConfigureAwait(false);

                // In memory for the same reason as in ListModelsAsync: tags are JSON text.
                return versions.Where(v => TagEdits.HasAll(v.Tags, tags)).ToList();
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<ModelVersion> UpdateModelVersionAsync(Guid versionId, ModelVersionUpdate update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return WriteAsync(async (connection, transaction) =>
        {
            if (!await LockRowAsync(connection, transaction, "model_versions", "id", versionId, cancellationToken).ConfigureAwait(false))
            {
                throw new NotFoundException($"There is no model version with id {versionId} to update.");
            }

            var version = (await FindVersionAsync(connection, transaction, versionId, cancellationToken).ConfigureAwait(false))!;
            if (update.Name is not null && update.Name != version.Name)
            {
                await EnsureVersionNameIsFreeAsync(connection, transaction, version.ModelName, update.Name, cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE model_versions SET name = @name, description = @description, tags = @tags WHERE id = @id",
                cancellationToken,
                ("id", versionId),
                ("name", update.Name ?? version.Name),
                ("description", Edited(version.Description, update.Description)),
                ("tags", StoredText.Of(TagEdits.Apply(version.Tags, update.AddTags, update.RemoveTags, $"model '{version.ModelName}' version {version.DisplayName}")))).ConfigureAwait(false);
            return (await FindVersionAsync(connection, transaction, versionId, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> DeleteModelVersionAsync(Guid versionId, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async (connection, transaction) => await DeleteVersionsAsync(connection, transaction, "id = @owner", versionId, cancellationToken).ConfigureAwait(false) == 1,
            cancellationToken);

    /// <inheritdoc />
    public Task<StageChange> SetStageAsync(Guid versionId, StageChangeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Actor);
        return WriteAsync(async (connection, transaction) =>
        {
            var version = await FindVersionAsync(connection, transaction, versionId, cancellationToken).ConfigureAwait(false)
                ?? throw new NotFoundException($"There is no model version with id {versionId} to move to stage '{Stages.ToText(request.Target)}'.");
            if (version.Stage == request.Target)
            {
                return new StageChange(version, []);
            }

            var now = _dialect.Now();
            var transitions = new List<StageTransition>();
            if (Stages.IsExclusive(request.Target))
            {
                var holder = await QuerySingleAsync(
                    connection,
                    transaction,
                    $"{VersionSelect} WHERE v.model_id = @model_id AND v.stage = @stage AND v.id <> @id",
                    ReadVersion,
                    cancellationToken,
                    ("model_id", version.ModelId),
                    ("stage", StoredText.Of(request.Target)),
                    ("id", version.Id)).ConfigureAwait(false);
                if (holder is not null)
                {
                    if (!request.Force)
                    {
                        throw new StageConflictException(version.ModelName, request.Target, holder.DisplayName, version.DisplayName);
                    }

                    var reason = $"Displaced from {Stages.ToText(request.Target)} by version {version.DisplayName} (forced).";
                    transitions.Add(await MoveAsync(connection, transaction, holder, Stage.Archived, request.Actor, reason, now, cancellationToken).ConfigureAwait(false));
                }
            }

            transitions.Add(await MoveAsync(connection, transaction, version, request.Target, request.Actor, request.Reason, now, cancellationToken).ConfigureAwait(false));
            var moved = (await FindVersionAsync(connection, transaction, versionId, cancellationToken).ConfigureAwait(false))!;
            return new StageChange(moved, transitions);
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StageTransition>> GetStageHistoryAsync(Guid modelId, Guid? versionId = null, CancellationToken cancellationToken = default)
    {
        var versionFilter = versionId is null ? "" : " AND version_id = @version_id";
        return ReadAsync<IReadOnlyList<StageTransition>>(
            async connection => await QueryAsync(
                connection,
                null,
                $"SELECT {TransitionColumns} FROM stage_transitions WHERE model_id = @model_id{versionFilter} ORDER BY sequence",
                ReadTransition,
                cancellationToken,
                [("model_id", modelId), .. versionId is null ? Array.Empty<(string, object?)>() : [("version_id", versionId)]]).ConfigureAwait(false),
            cancellationToken);
    }

    private async Task<StageTransition> MoveAsync(DbConnection connection, DbTransaction transaction, ModelVersion version, Stage target, string actor, string? reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, "UPDATE model_versions SET stage = @stage WHERE id = @id", cancellationToken, ("stage", StoredText.Of(target)), ("id", version.Id)).ConfigureAwait(false);
        var sequence = await NextNumberAsync(connection, transaction, "SELECT COALESCE(MAX(sequence), 0) FROM stage_transitions WHERE model_id = @model_id", cancellationToken, ("model_id", version.ModelId)).ConfigureAwait(false);
        var transition = new StageTransition(Guid.CreateVersion7(), version.ModelId, version.Id, version.Number, version.Stage, target, at, actor, reason);
        await ExecuteAsync(
            connection,
            transaction,
            $"INSERT INTO stage_transitions ({TransitionColumns}, sequence) VALUES (@id, @model_id, @version_id, @version_number, @from_stage, @to_stage, @at, @actor, @reason, @sequence)",
            cancellationToken,
            ("id", transition.Id),
            ("model_id", transition.ModelId),
            ("version_id", transition.VersionId),
            ("version_number", transition.VersionNumber),
            ("from_stage", StoredText.Of(transition.From)),
            ("to_stage", StoredText.Of(transition.To)),
            ("at", transition.At),
            ("actor", transition.Actor),
            ("reason", transition.Reason),
            ("sequence", sequence)).ConfigureAwait(false);
        return transition;
    }

    // Deletes the versions matching `condition` (on model_versions, with @owner) and what hangs off
    // them. Each dependent row is removed or detached explicitly rather than through ON DELETE
    // actions, so the outcome does not depend on how a dialect's schema declares its foreign keys.
    private async Task<int> DeleteVersionsAsync(DbConnection connection, DbTransaction transaction, string condition, Guid owner, CancellationToken cancellationToken)
    {
        var versions = $"SELECT id FROM model_versions WHERE {condition}";
        (string, object?)[] parameters = [("owner", owner)];
        await ExecuteAsync(connection, transaction, $"UPDATE pipeline_runs SET model_version_id = NULL WHERE model_version_id IN ({versions})", cancellationToken, parameters).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"DELETE FROM model_version_artifacts WHERE model_version_id IN ({versions})", cancellationToken, parameters).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, $"DELETE FROM stage_transitions WHERE version_id IN ({versions})", cancellationToken, parameters).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            $"DELETE FROM metadata WHERE target_kind = @kind AND target_id IN ({versions})",
            cancellationToken,
            [.. parameters, ("kind", StoredText.Of(Metadata.MetadataTargetKind.ModelVersion))]).ConfigureAwait(false);
        return await ExecuteAsync(connection, transaction, $"DELETE FROM model_versions WHERE {condition}", cancellationToken, parameters).ConfigureAwait(false);
    }

    // A no-op update (of `created`, which no key or constraint involves) takes the row's write lock
    // before the row is read, so a concurrent read-modify-write (adding tags) waits for this one
    // instead of overwriting it on databases whose write transactions do not serialise.
    // Returns whether the row exists.
    private async Task<bool> LockRowAsync(DbConnection connection, DbTransaction transaction, string table, string keyColumn, object key, CancellationToken cancellationToken) =>
        await ExecuteAsync(connection, transaction, $"UPDATE {table} SET created = created WHERE {keyColumn} = @key", cancellationToken, ("key", key)).ConfigureAwait(false) == 1;

    private async Task EnsureVersionNameIsFreeAsync(DbConnection connection, DbTransaction transaction, string modelName, string name, CancellationToken cancellationToken)
    {
        Names.ValidateVersionName(name, modelName);
        if (await FindVersionAsync(connection, transaction, modelName, VersionSelector.ByName(name), cancellationToken).ConfigureAwait(false) is { } taken)
        {
            throw new ValidationException($"Model '{modelName}' already has a version named '{name}' (number {taken.Number}). Version names are unique within a model; choose another name or look that version up.");
        }
    }

    // null keeps the current value; an empty string clears it.
    private static string? Edited(string? current, string? change) => change is null ? current : change.Length == 0 ? null : change;

    private Task<Model?> FindModelAsync(DbConnection connection, DbTransaction? transaction, string name, CancellationToken cancellationToken) =>
        QuerySingleAsync(connection, transaction, $"SELECT {ModelColumns} FROM models WHERE name = @name", ReadModel, cancellationToken, ("name", name));

    private Task<ModelVersion?> FindVersionAsync(DbConnection connection, DbTransaction? transaction, Guid versionId, CancellationToken cancellationToken) =>
        QuerySingleAsync(connection, transaction, $"{VersionSelect} WHERE v.id = @id", ReadVersion, cancellationToken, ("id", versionId));

    private Task<ModelVersion?> FindVersionAsync(DbConnection connection, DbTransaction? transaction, string modelName, VersionSelector selector, CancellationToken cancellationToken)
    {
        var (condition, parameter) = selector.Kind switch
        {
            VersionSelectorKind.Number => ("v.number = @value", (object)selector.Number),
            VersionSelectorKind.Name => ("v.name = @value", selector.Name!),
            VersionSelectorKind.Stage => ("v.stage = @value", StoredText.Of(selector.Stage)),
            VersionSelectorKind.Id => ("v.id = @value", selector.Id),
            _ => ("1 = 1", (object?)null),
        };

        // For stages with many holders (none, archived) and for latest, the highest number wins.
        return QuerySingleAsync(
            connection,
            transaction,
            $"{VersionSelect} WHERE m.name = @model AND {condition} ORDER BY v.number DESC LIMIT 1",
            ReadVersion,
            cancellationToken,
            [("model", modelName), .. parameter is null ? Array.Empty<(string, object?)>() : [("value", parameter)]]);
    }

    private static (string, object?)[] ModelParameters(ModelSpec spec) =>
    [
        ("name", spec.Name),
        ("description", spec.Description),
        ("license", spec.License),
        ("audience", spec.Audience),
        ("use_cases", spec.UseCases),
        ("limitations", spec.Limitations),
        ("trade_offs", spec.TradeOffs),
        ("ethics", spec.Ethics),
        ("tags", StoredText.Of(spec.Tags)),
    ];

    private Model ReadModel(DbDataReader reader) => new(
        _dialect.ReadGuid(reader, 0),
        reader.GetString(1),
        NullableString(reader, 2),
        NullableString(reader, 3),
        NullableString(reader, 4),
        NullableString(reader, 5),
        NullableString(reader, 6),
        NullableString(reader, 7),
        NullableString(reader, 8),
        StoredText.ToList(reader.GetString(9)),
        _dialect.ReadTime(reader, 10));

    private ModelVersion ReadVersion(DbDataReader reader) => new(
        _dialect.ReadGuid(reader, 0),
        _dialect.ReadGuid(reader, 1),
        reader.GetString(2),
        reader.GetInt32(3),
        NullableString(reader, 4),
        NullableString(reader, 5),
        StoredText.ToList(reader.GetString(6)),
        StoredText.ToStage(reader.GetString(7)),
        _dialect.ReadTime(reader, 8));

    private StageTransition ReadTransition(DbDataReader reader) => new(
        _dialect.ReadGuid(reader, 0),
        _dialect.ReadGuid(reader, 1),
        _dialect.ReadGuid(reader, 2),
        reader.GetInt32(3),
        StoredText.ToStage(reader.GetString(4)),
        StoredText.ToStage(reader.GetString(5)),
        _dialect.ReadTime(reader, 6),
        reader.GetString(7),
        NullableString(reader, 8));
}

using System.Data.Common;
using System.Globalization;
using Modelplane.Artifacts;
using Modelplane.Caching;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Runs;

namespace Modelplane.Storage.Sql;

// Pipeline runs, step runs, their inputs and outputs, and the lineage queries over them.
public sealed partial class SqlMetadataStore
{
    private const string Input = "input";
    private const string Output = "output";

    private const string PipelineRunColumns =
        "id, name, pipeline_name, model_version_id, status, started, ended, error, config_json";

    private const string StepRunColumns =
        "s.id, s.pipeline_run_id, s.step_name, s.status, s.started, s.ended, s.cache_key, s.original_step_run_id, s.error, s.upstream_steps";

    /// <inheritdoc />
    public Task<PipelineRunRecord> CreatePipelineRunAsync(NewPipelineRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.PipelineName);
        return WriteAsync(async (connection, transaction) =>
        {
            if (run.ModelVersionId is { } versionId && !await ExistsAsync(connection, transaction, "model_versions", versionId, cancellationToken).ConfigureAwait(false))
            {
                throw new NotFoundException($"Pipeline run '{run.Name}' is pinned to model version {versionId}, which does not exist.");
            }

            var id = Guid.CreateVersion7();
            await ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO pipeline_runs ({PipelineRunColumns}, host, process_id, process_started) " +
                "VALUES (@id, @name, @pipeline_name, @model_version_id, @status, @started, NULL, NULL, @config_json, @host, @process_id, @process_started)",
                cancellationToken,
                ("id", id),
                ("name", run.Name),
                ("pipeline_name", run.PipelineName),
                ("model_version_id", run.ModelVersionId),
                ("status", StoredText.Of(RunStatus.Running)),
                ("started", _dialect.Now()),
                ("config_json", run.ConfigJson),
                ("host", RunningProcess.Host),
                ("process_id", RunningProcess.Id),
                ("process_started", RunningProcess.Started)).ConfigureAwait(false);
            return (await FindPipelineRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PipelineRunRecord> FinishPipelineRunAsync(Guid pipelineRunId, RunStatus status, string? error = null, CancellationToken cancellationToken = default)
    {
        RequireFinal(status, "pipeline run");
        return WriteAsync(async (connection, transaction) =>
        {
            var updated = await ExecuteAsync(
                connection,
                transaction,
                "UPDATE pipeline_runs SET status = @status, ended = @ended, error = @error WHERE id = @id",
                cancellationToken,
                ("status", StoredText.Of(status)),
                ("ended", _dialect.Now()),
                ("error", error),
                ("id", pipelineRunId)).ConfigureAwait(false);
            return updated == 1
                ? (await FindPipelineRunAsync(connection, transaction, pipelineRunId, cancellationToken).ConfigureAwait(false))!
                : throw new NotFoundException($"There is no pipeline run with id {pipelineRunId} to finish.");
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PipelineRunRecord>> MarkAbandonedRunsAsync(CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<PipelineRunRecord>>(async (connection, transaction) =>
        {
            var running = await QueryAsync(
                connection,
                transaction,
                "SELECT id, process_id, process_started FROM pipeline_runs WHERE status = @status AND host = @host AND process_id IS NOT NULL",
                reader => (Id: _dialect.ReadGuid(reader, 0), ProcessId: Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), Started: NullableTime(reader, 2)),
                cancellationToken,
                ("status", StoredText.Of(RunStatus.Running)),
                ("host", RunningProcess.Host)).ConfigureAwait(false);
            var marked = new List<PipelineRunRecord>();
            foreach (var run in running.Where(run => !RunningProcess.IsAlive(run.ProcessId, run.Started)))
            {
                var error = $"Abandoned: process {run.ProcessId} on {RunningProcess.Host}, which ran it, ended without finishing the run (killed or crashed).";
                var now = _dialect.Now();
                (string, object?)[] parameters =
                [
                    ("id", run.Id),
                    ("running", StoredText.Of(RunStatus.Running)),
                    ("failed", StoredText.Of(RunStatus.Failed)),
                    ("ended", _dialect.Now()),
                    ("error", error),
                ];
                await ExecuteAsync(connection, transaction, "UPDATE step_runs SET status = @failed, ended = @ended, error = @error WHERE pipeline_run_id = @id AND status = @running", cancellationToken, parameters).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "UPDATE pipeline_runs SET status = @failed, ended = @ended, error = @error WHERE id = @id AND status = @running", cancellationToken, parameters).ConfigureAwait(false);
                marked.Add((await FindPipelineRunAsync(connection, transaction, run.Id, cancellationToken).ConfigureAwait(false))!);
            }

            return marked;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<PipelineRunRecord?> FindPipelineRunAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => FindPipelineRunAsync(connection, null, id, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<PipelineRunRecord>> ListPipelineRunsAsync(Guid? modelVersionId = null, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<PipelineRunRecord>>(
            async connection => modelVersionId is { } versionId
                ? await QueryAsync(connection, null, $"SELECT {PipelineRunColumns} FROM pipeline_runs WHERE model_version_id = @model_version_id ORDER BY started DESC", ReadPipelineRun, cancellationToken, ("model_version_id", versionId)).ConfigureAwait(false)
                : await QueryAsync(connection, null, $"SELECT {PipelineRunColumns} FROM pipeline_runs ORDER BY started DESC", ReadPipelineRun, cancellationToken).ConfigureAwait(false),
            cancellationToken);

    /// <inheritdoc />
    public Task<StepRunRecord> CreateStepRunAsync(NewStepRun step, CancellationToken cancellationToken = default)
    {
        ValidateNewStepRun(step);
        return WriteAsync(
            async (connection, transaction) =>
            {
                var id = await InsertStepRunAsync(connection, transaction, step, cancellationToken).ConfigureAwait(false);
                return (await FindStepRunAsync(connection, transaction, "s.id = @id", cancellationToken, ("id", id)).ConfigureAwait(false))!;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StepRunRecord> CreateCachedStepRunAsync(NewStepRun step, Guid? modelVersionId, IReadOnlyDictionary<string, MetadataValue>? modelVersionMetadata = null, CancellationToken cancellationToken = default)
    {
        ValidateNewStepRun(step);
        if (step.Status != RunStatus.Cached)
        {
            throw new ValidationException($"Step run '{step.StepName}' is recorded as served from cache, so its status must be cached, not {step.Status}.");
        }

        modelVersionMetadata ??= new Dictionary<string, MetadataValue>();
        ValidateMetadataKeys(modelVersionMetadata);
        RequireVersionForMetadata(modelVersionId, modelVersionMetadata, $"cached step run '{step.StepName}'");
        return WriteAsync(
            async (connection, transaction) =>
            {
                var id = await InsertStepRunAsync(connection, transaction, step, cancellationToken).ConfigureAwait(false);
                if (modelVersionId is { } versionId)
                {
                    await RequireModelVersionAsync(connection, transaction, versionId, $"Cannot link the outputs of cached step run '{step.StepName}'", cancellationToken).ConfigureAwait(false);
                    foreach (var artifactId in step.Outputs.Values.Distinct())
                    {
                        await InsertLinkAsync(connection, transaction, versionId, artifactId, cancellationToken).ConfigureAwait(false);
                    }

                    await UpsertMetadataAsync(connection, transaction, MetadataTarget.ForModelVersion(versionId), modelVersionMetadata, cancellationToken).ConfigureAwait(false);
                }

                return (await FindStepRunAsync(connection, transaction, "s.id = @id", cancellationToken, ("id", id)).ConfigureAwait(false))!;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordStepInputAsync(Guid stepRunId, string inputName, Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            await RecordStepArtifactAsync(connection, transaction, stepRunId, Input, inputName, artifactVersionId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task RecordStepOutputAsync(Guid stepRunId, string outputName, Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, transaction) =>
        {
            await RecordStepArtifactAsync(connection, transaction, stepRunId, Output, outputName, artifactVersionId, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <inheritdoc />
    public Task<StepRunRecord> FinishStepRunAsync(Guid stepRunId, RunStatus status, string? error = null, CancellationToken cancellationToken = default)
    {
        RequireFinal(status, "step run");
        return WriteAsync(async (connection, transaction) =>
        {
            var updated = await ExecuteAsync(
                connection,
                transaction,
                "UPDATE step_runs SET status = @status, ended = @ended, error = @error WHERE id = @id",
                cancellationToken,
                ("status", StoredText.Of(status)),
                ("ended", _dialect.Now()),
                ("error", error),
                ("id", stepRunId)).ConfigureAwait(false);
            return updated == 1
                ? (await FindStepRunAsync(connection, transaction, "s.id = @id", cancellationToken, ("id", stepRunId)).ConfigureAwait(false))!
                : throw new NotFoundException($"There is no step run with id {stepRunId} to finish.");
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArtifactVersion>> CompleteStepRunAsync(StepRunCompletion completion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completion);
        var stepRunId = completion.StepRunId;
        foreach (var output in completion.NewOutputs)
        {
            ValidateNewArtifact(output.Artifact);
            if (output.OutputNames.Count == 0)
            {
                throw new ValidationException($"New output artifact '{output.Artifact.Name}' of step run {stepRunId} has no output name; give it at least one.");
            }

            if (output.Artifact.ProducerStepRunId is { } producer && producer != stepRunId)
            {
                throw new ValidationException($"New output artifact '{output.Artifact.Name}' names producer step run {producer}, but it is an output of step run {stepRunId}.");
            }
        }

        ValidateMetadataKeys(completion.StepRunMetadata);
        ValidateMetadataKeys(completion.ModelVersionMetadata);
        RequireVersionForMetadata(completion.ModelVersionId, completion.ModelVersionMetadata, $"step run {stepRunId}");
        return WriteAsync<IReadOnlyList<ArtifactVersion>>(
            async (connection, transaction) =>
            {
                var status = await ScalarAsync(connection, transaction, "SELECT status FROM step_runs WHERE id = @id", cancellationToken, ("id", stepRunId)).ConfigureAwait(false) as string
                    ?? throw new NotFoundException($"There is no step run with id {stepRunId} to complete.");
                if (StoredText.ToRunStatus(status) != RunStatus.Running)
                {
                    throw new ValidationException($"Step run {stepRunId} is {status}, not running; only a running step run can be completed.");
                }

                if (completion.ModelVersionId is { } versionId)
                {
                    await RequireModelVersionAsync(connection, transaction, versionId, $"Cannot link the outputs of step run {stepRunId}", cancellationToken).ConfigureAwait(false);
                }

                var created = new List<ArtifactVersion>(completion.NewOutputs.Count);
                var outputs = new List<(string Name, Guid ArtifactId)>();
                foreach (var output in completion.NewOutputs)
                {
                    var artifact = await InsertArtifactVersionAsync(connection, transaction, output.Artifact with { ProducerStepRunId = stepRunId }, cancellationToken).ConfigureAwait(false);
                    created.Add(artifact);
                    outputs.AddRange(output.OutputNames.Select(name => (name, artifact.Id)));
                }

                outputs.AddRange(completion.ExistingOutputs.Select(o => (o.Key, o.Value)));
                foreach (var (name, artifactId) in outputs)
                {
                    await RecordStepArtifactAsync(connection, transaction, stepRunId, Output, name, artifactId, cancellationToken).ConfigureAwait(false);
                    if (completion.ModelVersionId is { } linkTo)
                    {
                        await InsertLinkAsync(connection, transaction, linkTo, artifactId, cancellationToken).ConfigureAwait(false);
                    }
                }

                if (completion.ModelVersionId is { } metadataVersion)
                {
                    await UpsertMetadataAsync(connection, transaction, MetadataTarget.ForModelVersion(metadataVersion), completion.ModelVersionMetadata, cancellationToken).ConfigureAwait(false);
                }

                await UpsertMetadataAsync(connection, transaction, MetadataTarget.ForStepRun(stepRunId), completion.StepRunMetadata, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE step_runs SET status = @status, ended = @ended WHERE id = @id",
                    cancellationToken,
                    ("status", StoredText.Of(RunStatus.Completed)),
                    ("ended", _dialect.Now()),
                    ("id", stepRunId)).ConfigureAwait(false);
                return created;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StepRunRecord?> FindStepRunAsync(Guid id, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => FindStepRunAsync(connection, null, "s.id = @id", cancellationToken, ("id", id)), cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StepRunRecord>> ListStepRunsAsync(Guid pipelineRunId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => ListStepRunsAsync(connection, $"SELECT {StepRunColumns} FROM step_runs s WHERE s.pipeline_run_id = @id ORDER BY s.started, s.id", cancellationToken, ("id", pipelineRunId)), cancellationToken);

    /// <inheritdoc />
    public Task<StepRunRecord?> FindCompletedStepRunAsync(string cacheKey, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(cacheKey);
        return ReadAsync(
            connection => FindStepRunAsync(connection, null, "s.cache_key = @cache_key AND s.status = @status", cancellationToken, ("cache_key", cacheKey), ("status", StoredText.Of(RunStatus.Completed))),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<int> ClearCacheAsync(string? stepName = null, CancellationToken cancellationToken = default)
    {
        var marker = MetadataValue.String(DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));

        // Two statements rather than "@step_name IS NULL OR ...": PostgreSQL cannot type a parameter that is only compared with NULL.
        var onlyStep = stepName is null ? string.Empty : " AND s.step_name = @step_name";
        (string, object?)[] parameters =
        [
            ("target_kind", StoredText.Of(MetadataTargetKind.StepRun)),
            ("key", StepCache.ClearedMetadataKey),
            ("type", StoredText.Of(marker.Type)),
            ("text", marker.Text),
            ("status", StoredText.Of(RunStatus.Completed)),
            .. stepName is null ? [] : new (string, object?)[] { ("step_name", stepName) },
        ];
        return WriteAsync(
            (connection, transaction) => ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO metadata (target_kind, target_id, key, type, text) " +
                "SELECT @target_kind, s.id, @key, @type, @text FROM step_runs s " +
                $"WHERE s.status = @status AND s.cache_key IS NOT NULL{onlyStep} " +
                "AND NOT EXISTS (SELECT 1 FROM metadata m WHERE m.target_kind = @target_kind AND m.target_id = s.id AND m.key = @key)",
                cancellationToken,
                parameters),
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<StepRunRecord?> FindProducerAsync(Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            connection => FindStepRunAsync(connection, null, "s.id = (SELECT producer_step_run_id FROM artifact_versions WHERE id = @id)", cancellationToken, ("id", artifactVersionId)),
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<StepRunRecord>> ListConsumersAsync(Guid artifactVersionId, CancellationToken cancellationToken = default) =>
        ReadAsync(
            connection => ListStepRunsAsync(
                connection,
                $"SELECT {StepRunColumns} FROM step_runs s WHERE s.id IN (SELECT step_run_id FROM step_run_artifacts WHERE artifact_version_id = @id AND direction = @direction) ORDER BY s.started, s.id",
                cancellationToken,
                ("id", artifactVersionId),
                ("direction", Input)),
            cancellationToken);

    private async Task RecordStepArtifactAsync(DbConnection connection, DbTransaction transaction, Guid stepRunId, string direction, string name, Guid artifactVersionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!await ExistsAsync(connection, transaction, "step_runs", stepRunId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException($"Cannot record {direction} '{name}': there is no step run with id {stepRunId}.");
        }

        if (!await ExistsAsync(connection, transaction, "artifact_versions", artifactVersionId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException($"Cannot record {direction} '{name}' of step run {stepRunId}: there is no artifact version with id {artifactVersionId}.");
        }

        var recorded = await QueryAsync(
            connection,
            transaction,
            "SELECT artifact_version_id FROM step_run_artifacts WHERE step_run_id = @step_run_id AND direction = @direction AND name = @name",
            reader => _dialect.ReadGuid(reader, 0),
            cancellationToken,
            ("step_run_id", stepRunId),
            ("direction", direction),
            ("name", name)).ConfigureAwait(false);
        if (recorded.Count > 0)
        {
            // Recording the same artifact again is a no-op, so an engine may retry safely.
            if (recorded[0] == artifactVersionId)
            {
                return;
            }

            throw new ValidationException($"Step run {stepRunId} already recorded {direction} '{name}' as artifact version {recorded[0]}; step inputs and outputs cannot change.");
        }

        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO step_run_artifacts (step_run_id, direction, name, artifact_version_id) VALUES (@step_run_id, @direction, @name, @artifact_version_id)",
            cancellationToken,
            ("step_run_id", stepRunId),
            ("direction", direction),
            ("name", name),
            ("artifact_version_id", artifactVersionId)).ConfigureAwait(false);
    }

    private static void ValidateNewStepRun(NewStepRun step)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentException.ThrowIfNullOrWhiteSpace(step.StepName);
        if (step.Status is not (RunStatus.Running or RunStatus.Cached))
        {
            throw new ValidationException($"Step run '{step.StepName}' must start as running or cached, not {step.Status}; finish it with FinishStepRunAsync.");
        }

        if (step.Status == RunStatus.Cached && step.OriginalStepRunId is null)
        {
            throw new ValidationException($"Cached step run '{step.StepName}' must name the original step run whose outputs it reuses.");
        }
    }

    private static void RequireVersionForMetadata(Guid? modelVersionId, IReadOnlyDictionary<string, MetadataValue> modelVersionMetadata, string what)
    {
        if (modelVersionId is null && modelVersionMetadata.Count > 0)
        {
            throw new ValidationException($"The model-version metadata of {what} needs a model version to be set on; pass the model version id or no model-version metadata.");
        }
    }

    // Inserts the step run with its inputs and (for a cached one) outputs; returns its id.
    private async Task<Guid> InsertStepRunAsync(DbConnection connection, DbTransaction transaction, NewStepRun step, CancellationToken cancellationToken)
    {
        if (!await ExistsAsync(connection, transaction, "pipeline_runs", step.PipelineRunId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException($"Step run '{step.StepName}' belongs to pipeline run {step.PipelineRunId}, which does not exist.");
        }

        if (step.OriginalStepRunId is { } original && !await ExistsAsync(connection, transaction, "step_runs", original, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException($"Step run '{step.StepName}' reuses step run {original}, which does not exist.");
        }

        var id = Guid.CreateVersion7();
        var now = _dialect.Now();
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT INTO step_runs (id, pipeline_run_id, step_name, status, started, ended, cache_key, original_step_run_id, error, upstream_steps) " +
            "VALUES (@id, @pipeline_run_id, @step_name, @status, @started, @ended, @cache_key, @original_step_run_id, NULL, @upstream_steps)",
            cancellationToken,
            ("id", id),
            ("pipeline_run_id", step.PipelineRunId),
            ("step_name", step.StepName),
            ("status", StoredText.Of(step.Status)),
            ("started", now),
            ("ended", step.Status == RunStatus.Cached ? now : null),
            ("cache_key", step.CacheKey),
            ("original_step_run_id", step.OriginalStepRunId),
            ("upstream_steps", StoredText.Of(step.UpstreamSteps))).ConfigureAwait(false);
        foreach (var (name, artifactId) in step.Inputs)
        {
            await RecordStepArtifactAsync(connection, transaction, id, Input, name, artifactId, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, artifactId) in step.Outputs)
        {
            await RecordStepArtifactAsync(connection, transaction, id, Output, name, artifactId, cancellationToken).ConfigureAwait(false);
        }

        return id;
    }

    private static void RequireFinal(RunStatus status, string what)
    {
        if (status == RunStatus.Running)
        {
            throw new ValidationException($"A {what} is finished as completed, failed or cached, not running.");
        }
    }

    private Task<PipelineRunRecord?> FindPipelineRunAsync(DbConnection connection, DbTransaction? transaction, Guid id, CancellationToken cancellationToken) =>
        QuerySingleAsync(connection, transaction, $"SELECT {PipelineRunColumns} FROM pipeline_runs WHERE id = @id", ReadPipelineRun, cancellationToken, ("id", id));

    private async Task<StepRunRecord?> FindStepRunAsync(DbConnection connection, DbTransaction? transaction, string condition, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var found = await QuerySingleAsync(
            connection,
            transaction,
            $"SELECT {StepRunColumns} FROM step_runs s WHERE {condition} ORDER BY s.ended DESC, s.id DESC LIMIT 1",
            ReadStepRun,
            cancellationToken,
            parameters).ConfigureAwait(false);
        return found is null ? null : await WithArtifactsAsync(connection, transaction, found, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<StepRunRecord>> ListStepRunsAsync(DbConnection connection, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        var steps = await QueryAsync(connection, null, sql, ReadStepRun, cancellationToken, parameters).ConfigureAwait(false);
        return await CompleteEachAsync(steps, step => WithArtifactsAsync(connection, null, step, cancellationToken)).ConfigureAwait(false);
    }

    private async Task<StepRunRecord> WithArtifactsAsync(DbConnection connection, DbTransaction? transaction, StepRunRecord step, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            connection,
            transaction,
            "SELECT direction, name, artifact_version_id FROM step_run_artifacts WHERE step_run_id = @id ORDER BY name",
            reader => (Direction: reader.GetString(0), Name: reader.GetString(1), ArtifactId: _dialect.ReadGuid(reader, 2)),
            cancellationToken,
            ("id", step.Id)).ConfigureAwait(false);
        return step with
        {
            Inputs = rows.Where(row => row.Direction == Input).ToDictionary(row => row.Name, row => row.ArtifactId),
            Outputs = rows.Where(row => row.Direction == Output).ToDictionary(row => row.Name, row => row.ArtifactId),
        };
    }

    private PipelineRunRecord ReadPipelineRun(DbDataReader reader) => new(
        _dialect.ReadGuid(reader, 0),
        reader.GetString(1),
        reader.GetString(2),
        NullableGuid(reader, 3),
        StoredText.ToRunStatus(reader.GetString(4)),
        _dialect.ReadTime(reader, 5),
        NullableTime(reader, 6),
        NullableString(reader, 7),
        NullableString(reader, 8));

    private StepRunRecord ReadStepRun(DbDataReader reader) => new(
        _dialect.ReadGuid(reader, 0),
        _dialect.ReadGuid(reader, 1),
        reader.GetString(2),
        StoredText.ToRunStatus(reader.GetString(3)),
        _dialect.ReadTime(reader, 4),
        NullableTime(reader, 5),
        NullableString(reader, 6),
        NullableGuid(reader, 7),
        NullableString(reader, 8),
        new Dictionary<string, Guid>(),
        new Dictionary<string, Guid>(),
        StoredText.ToList(reader.GetString(9)));
}

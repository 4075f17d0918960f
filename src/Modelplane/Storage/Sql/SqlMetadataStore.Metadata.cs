using System.Data.Common;
using Modelplane.Errors;
using Modelplane.Metadata;

namespace Modelplane.Storage.Sql;

// Typed metadata on model versions, artifact versions, pipeline runs and step runs.
public sealed partial class SqlMetadataStore
{
    /// <summary>The longest metadata key accepted.</summary>
    public const int MaxMetadataKeyLength = 256;

    /// <inheritdoc />
    public Task SetMetadataAsync(MetadataTarget target, IReadOnlyDictionary<string, MetadataValue> values, CancellationToken cancellationToken = default)
    {
        ValidateMetadataKeys(values);
        return WriteAsync(async (connection, transaction) =>
        {
            if (!await ExistsAsync(connection, transaction, TableOf(target.Kind), target.Id, cancellationToken).ConfigureAwait(false))
            {
                throw new NotFoundException($"Cannot attach metadata: there is no {Describe(target.Kind)} with id {target.Id}.");
            }

            await UpsertMetadataAsync(connection, transaction, target, values, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, MetadataValue>> GetMetadataAsync(MetadataTarget target, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => ReadMetadataAsync(connection, null, target, cancellationToken), cancellationToken);

    private static void ValidateMetadataKeys(IReadOnlyDictionary<string, MetadataValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var key in values.Keys)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > MaxMetadataKeyLength)
            {
                throw new ValidationException($"Metadata key '{key}' is empty or longer than {MaxMetadataKeyLength} characters.");
            }
        }
    }

    private async Task UpsertMetadataAsync(DbConnection connection, DbTransaction transaction, MetadataTarget target, IReadOnlyDictionary<string, MetadataValue> values, CancellationToken cancellationToken)
    {
        foreach (var (key, value) in values)
        {
            ArgumentNullException.ThrowIfNull(value, key);
            await ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO metadata (target_kind, target_id, key, type, text) VALUES (@target_kind, @target_id, @key, @type, @text) " +
                "ON CONFLICT (target_kind, target_id, key) DO UPDATE SET type = excluded.type, text = excluded.text",
                cancellationToken,
                ("target_kind", StoredText.Of(target.Kind)),
                ("target_id", target.Id),
                ("key", key),
                ("type", StoredText.Of(value.Type)),
                ("text", value.Text)).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyDictionary<string, MetadataValue>> ReadMetadataAsync(DbConnection connection, DbTransaction? transaction, MetadataTarget target, CancellationToken cancellationToken)
    {
        var rows = await QueryAsync(
            connection,
            transaction,
            "SELECT key, type, text FROM metadata WHERE target_kind = @target_kind AND target_id = @target_id ORDER BY key",
            reader => (Key: reader.GetString(0), Value: MetadataValue.FromStored(StoredText.ToMetadataType(reader.GetString(1)), reader.GetString(2))),
            cancellationToken,
            ("target_kind", StoredText.Of(target.Kind)),
            ("target_id", target.Id)).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Key, row => row.Value);
    }

    private static string TableOf(MetadataTargetKind kind) => kind switch
    {
        MetadataTargetKind.ModelVersion => "model_versions",
        MetadataTargetKind.ArtifactVersion => "artifact_versions",
        MetadataTargetKind.PipelineRun => "pipeline_runs",
        MetadataTargetKind.StepRun => "step_runs",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown metadata target."),
    };

    private static string Describe(MetadataTargetKind kind) => kind switch
    {
        MetadataTargetKind.ModelVersion => "model version",
        MetadataTargetKind.ArtifactVersion => "artifact version",
        MetadataTargetKind.PipelineRun => "pipeline run",
        _ => "step run",
    };
}

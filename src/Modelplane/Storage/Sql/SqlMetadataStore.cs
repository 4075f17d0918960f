using System.Data.Common;
using Modelplane.Errors;

namespace Modelplane.Storage.Sql;

/// <summary>
/// The <see cref="IMetadataStore"/> over ADO.NET: one implementation for every SQL database, with the
/// differences in a <see cref="SqlDialect"/>. Every query is parameterised; every write is one
/// transaction, retried (up to <see cref="MaxWriteAttempts"/> times, with backoff) when a concurrent
/// writer wins a race for a number or name.
/// </summary>
public sealed partial class SqlMetadataStore : IMetadataStore
{
    /// <summary>How often a write transaction is attempted before a retryable error is passed on.</summary>
    public const int MaxWriteAttempts = 10;

    private readonly SqlDialect _dialect;
    private readonly Func<DbConnection> _connectionFactory;

    /// <summary>Creates a store that opens connections with <paramref name="connectionFactory"/> and speaks <paramref name="dialect"/>.</summary>
    /// <param name="dialect">The database's dialect.</param>
    /// <param name="connectionFactory">Creates a new, unopened connection.</param>
    /// <param name="location">Where the store is, for messages; must not contain a password.</param>
    public SqlMetadataStore(SqlDialect dialect, Func<DbConnection> connectionFactory, string location)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(connectionFactory);
        _dialect = dialect;
        _connectionFactory = connectionFactory;
        Location = location;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The schema version the dialect's migrations lead to.</summary>
    public int LatestSchemaVersion => _dialect.Migrations.Count == 0 ? 0 : _dialect.Migrations.Max(m => m.Version);

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await ReadAsync(async connection =>
        {
            await _dialect.PrepareDatabaseAsync(connection, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);

        await WriteAsync(async (connection, transaction) =>
        {
            await _dialect.LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, _dialect.CreateSchemaVersionTableSql, cancellationToken).ConfigureAwait(false);
            var current = await SchemaVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (current > LatestSchemaVersion)
            {
                throw new ModelplaneException($"The store {Location} has schema version {current}, but this Modelplane knows only up to {LatestSchemaVersion}. Upgrade Modelplane to use this store.");
            }

            foreach (var migration in _dialect.Migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
            {
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO schema_version (version, description, applied_at) VALUES (@version, @description, @applied_at)",
                    cancellationToken,
                    ("version", migration.Version),
                    ("description", migration.Description),
                    ("applied_at", _dialect.Now())).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The schema version the store is at (0 before the first migration).</summary>
    public Task<int> GetSchemaVersionAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(connection => SchemaVersionAsync(connection, null, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        using var connection = _connectionFactory();
        _dialect.ReleaseConnections(connection);
    }

    private async Task<int> SchemaVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _connectionFactory();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await _dialect.PrepareConnectionAsync(connection, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (DbException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw _dialect.DescribeFailure(e, Location) ?? new ModelplaneException($"Cannot open the metadata store {Location}: {e.Message}", e);
        }
    }

    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work(connection).ConfigureAwait(false);
        }
        catch (DbException e) when (_dialect.DescribeFailure(e, Location) is { } described)
        {
            throw described;
        }
    }

    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await _dialect.BeginWriteTransactionAsync(connection, cancellationToken).ConfigureAwait(false);
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (DbException e) when (attempt < MaxWriteAttempts && _dialect.IsRetryable(e))
            {
                // Exponential backoff with jitter, so racing writers do not collide again in lockstep.
                var delay = TimeSpan.FromMilliseconds(Math.Min(1000, 10 * (1 << attempt)) * (0.5 + Random.Shared.NextDouble()));
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (_dialect.DescribeFailure(e, Location) is { } described)
            {
                throw described;
            }
        }
    }

    private DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value switch
            {
                null => DBNull.Value,
                Guid id => _dialect.ToDb(id),
                DateTimeOffset time => _dialect.ToDb(time),
                _ => value,
            };
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    // One row at a time: a connection runs one command at a time, and each completion queries.
    private static async Task<IReadOnlyList<T>> CompleteEachAsync<T>(List<T> rows, Func<T, Task<T>> complete)
    {
        var completed = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            completed.Add(await complete(row).ConfigureAwait(false));
        }

        return completed;
    }

    private async Task<T?> QuerySingleAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        where T : class =>
        (await QueryAsync(connection, transaction, sql, map, cancellationToken, parameters).ConfigureAwait(false)).FirstOrDefault();

    private async Task<int> NextNumberAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters) =>
        Convert.ToInt32(await ScalarAsync(connection, transaction, sql, cancellationToken, parameters).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) + 1;

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private Guid? NullableGuid(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : _dialect.ReadGuid(reader, ordinal);

    private DateTimeOffset? NullableTime(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : _dialect.ReadTime(reader, ordinal);
}

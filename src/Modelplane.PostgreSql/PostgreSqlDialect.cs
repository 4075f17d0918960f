using System.Data;
using System.Data.Common;
using System.Globalization;
using Modelplane.Errors;
using Modelplane.Storage.Sql;
using Npgsql;

namespace Modelplane.PostgreSql;

/// <summary>
/// The PostgreSQL dialect. Write transactions run at READ COMMITTED and first take one
/// transaction-scoped advisory lock, so writers queue exactly as on SQLite (<c>BEGIN IMMEDIATE</c>):
/// "highest number + 1" and "who holds production" are read and written by one writer at a time,
/// from any number of processes and machines. Readers never wait. Unique violations, serialisation
/// failures and deadlocks are still classified as retryable, as a second line of defence.
/// A writer waits at most <see cref="LockTimeout"/> for the lock, then fails with a
/// <see cref="StoreLockedException"/>, as SQLite's busy timeout does.
/// </summary>
internal sealed class PostgreSqlDialect(TimeSpan? lockTimeout = null) : SqlDialect
{
    /// <summary>How long a writer waits for another session's write by default.</summary>
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(30);

    // Arbitrary but fixed keys ("MPLN" + purpose) in the advisory-lock space of the database.
    internal const long WriteLockKey = 0x4D504C4E_00000001;
    private const long MigrationLockKey = 0x4D504C4E_00000002;

    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";
    private const string LockNotAvailable = "55P03";

    public TimeSpan LockTimeout { get; } = lockTimeout ?? DefaultLockTimeout;

    public override string Name => "postgresql";

    public override IReadOnlyList<SqlMigration> Migrations => PostgreSqlMigrations.All;

    public override string CreateSchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL)";

    // timestamptz keeps microseconds; .NET ticks are 100 ns.
    public override DateTimeOffset Now()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public override async Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            // SET LOCAL ends with the transaction, so pooled connections keep the server's setting.
            command.CommandText = string.Create(
                CultureInfo.InvariantCulture,
                $"SET LOCAL lock_timeout = {(long)LockTimeout.TotalMilliseconds}; SELECT pg_advisory_xact_lock({WriteLockKey})");
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        // The write lock already serialises migrations; this lock also keeps out tools that migrate
        // without it (a future version's migrator, for one).
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: UniqueViolation };

    public override bool IsRetryable(DbException exception) =>
        // Not network errors: a commit whose reply was lost may have happened, and must not run twice.
        // Not lock timeouts: the whole timeout has been waited already; retrying would multiply it.
        exception is PostgresException { SqlState: UniqueViolation or SerializationFailure or DeadlockDetected };

    public override ModelplaneException? DescribeFailure(DbException exception, string location) =>
        exception is PostgresException { SqlState: LockNotAvailable }
            ? new StoreLockedException(
                location,
                $"The Modelplane store {location} is locked: another session held its write lock for longer than this process waits " +
                $"({LockTimeout.TotalSeconds:0.#} s), so nothing was changed. Wait for that session to finish and try again; " +
                "SELECT pid, application_name, client_addr, xact_start FROM pg_stat_activity JOIN pg_locks USING (pid) WHERE locktype = 'advisory' shows who holds it.",
                exception)
            : null;

    public override void ReleaseConnections(DbConnection connection) => NpgsqlConnection.ClearPool((NpgsqlConnection)connection);
}

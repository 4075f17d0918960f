using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Modelplane.Storage.Sql;

namespace Modelplane.Storage.Sqlite;

/// <summary>The embedded SQLite dialect: WAL, a 30 s busy timeout, foreign keys on, <c>BEGIN IMMEDIATE</c> for writes.</summary>
public sealed class SqliteDialect : SqlDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>The busy timeout: how long a writer waits for another process's write to finish.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    public override string Name => "sqlite";

    /// <inheritdoc />
    public override IReadOnlyList<SqlMigration> Migrations => SqliteMigrations.All;

    /// <inheritdoc />
    public override string CreateSchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";

    /// <summary>The connection string for the database file <paramref name="databasePath"/>.</summary>
    public static string ConnectionString(string databasePath) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
        Mode = SqliteOpenMode.ReadWriteCreate,
    }.ToString();

    /// <inheritdoc />
    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // WAL lets readers proceed while one process writes; the setting is stored in the file.
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock up front. A deferred transaction that reads
        // max(number) and then writes would fail with SQLITE_BUSY at once under WAL instead of waiting.
        DbTransaction transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult(transaction);
    }

    /// <inheritdoc />
    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteConstraint } sqlite
        && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey;

    /// <inheritdoc />
    public override bool IsRetryable(DbException exception) =>
        IsUniqueViolation(exception) || exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    /// <inheritdoc />
    public override object ToDb(Guid id) => id.ToString("D");

    /// <inheritdoc />
    public override Guid ReadGuid(DbDataReader reader, int ordinal) => Guid.ParseExact(reader.GetString(ordinal), "D");

    // ISO 8601 with 7 fraction digits and 'Z': sorts as text in time order and stays readable in the sqlite3 shell.
    /// <inheritdoc />
    public override object ToDb(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    /// <inheritdoc />
    public override void ReleaseConnections(DbConnection connection) => SqliteConnection.ClearPool((SqliteConnection)connection);
}

using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Modelplane.Errors;
using Modelplane.Storage.Sql;

namespace Modelplane.Storage.Sqlite;

/// <summary>
/// The embedded SQLite dialect: WAL with <c>synchronous = NORMAL</c>, a busy timeout (30 s by
/// default), foreign keys on, <c>BEGIN IMMEDIATE</c> for writes.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqlitePerm = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoErr = 10;
    private const int SqliteCantOpen = 14;
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    // The settings last applied to each open native connection; entries go when the connection is collected.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, string> PreparedConnections = new();

    /// <summary>The default busy timeout.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Creates the dialect with the <see cref="DefaultBusyTimeout"/>.</summary>
    public SqliteDialect()
        : this(DefaultBusyTimeout)
    {
    }

    /// <summary>Creates the dialect with a busy timeout of <paramref name="busyTimeout"/> (at least one second).</summary>
    public SqliteDialect(TimeSpan busyTimeout)
    {
        BusyTimeout = CheckedBusyTimeout(busyTimeout);
    }

    /// <summary>The busy timeout: how long a writer waits for another process's write to finish before giving up with a <see cref="StoreLockedException"/>.</summary>
    public TimeSpan BusyTimeout { get; }

    /// <inheritdoc />
    public override string Name => "sqlite";

    /// <inheritdoc />
    public override IReadOnlyList<SqlMigration> Migrations => SqliteMigrations.All;

    /// <inheritdoc />
    public override string CreateSchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";

    /// <summary>The connection string for the database file <paramref name="databasePath"/>, with the <see cref="DefaultBusyTimeout"/>.</summary>
    public static string ConnectionString(string databasePath) => ConnectionString(databasePath, DefaultBusyTimeout);

    /// <summary>The connection string for the database file <paramref name="databasePath"/>, waiting up to <paramref name="busyTimeout"/> (at least one second) for a lock.</summary>
    public static string ConnectionString(string databasePath, TimeSpan busyTimeout) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        ForeignKeys = true,
        Pooling = true,

        // Microsoft.Data.Sqlite retries a busy statement for this many whole seconds on top of
        // SQLite's own busy handler; 0 would mean forever.
        DefaultTimeout = (int)Math.Ceiling(CheckedBusyTimeout(busyTimeout).TotalSeconds),
        Mode = SqliteOpenMode.ReadWriteCreate,
    }.ToString();

    /// <inheritdoc />
    /// <remarks>
    /// <c>synchronous = NORMAL</c> is SQLite's recommended setting for WAL: a commit no longer waits
    /// for an fsync of the log, only checkpoints do. The database stays consistent after any crash,
    /// and a crash of the process loses nothing; a power cut or OS crash may roll back the last few
    /// commits (whole transactions, never part of one).
    /// </remarks>
    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // The settings belong to the native connection, which the pool keeps open between uses, so
        // each native connection is prepared once rather than on every store operation.
        var handle = ((SqliteConnection)connection).Handle;
        var settings = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
        if (handle is not null && PreparedConnections.TryGetValue(handle, out var applied) && applied == settings)
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = settings;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (handle is not null)
        {
            PreparedConnections.AddOrUpdate(handle, settings);
        }
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
    /// <inheritdoc />
    /// <remarks>
    /// Busy and locked errors are not retried: SQLite has already waited the whole busy timeout for
    /// the lock (writes take it up front with <c>BEGIN IMMEDIATE</c>), and retrying would multiply
    /// that wait by <see cref="SqlMetadataStore.MaxWriteAttempts"/>. They become a <see cref="StoreLockedException"/>.
    /// </remarks>
    public override bool IsRetryable(DbException exception) => IsUniqueViolation(exception);

    /// <inheritdoc />
    public override ModelplaneException? DescribeFailure(DbException exception, string location)
    {
        var file = location.StartsWith(SqliteStoreProvider.Scheme, StringComparison.Ordinal) ? location[SqliteStoreProvider.Scheme.Length..] : location;
        if (exception is SqliteException { SqliteErrorCode: SqlitePerm or SqliteReadOnly or SqliteIoErr or SqliteCantOpen } unusable)
        {
            // SQLite writes a journal beside the database, so a read-only folder fails even when the file itself is writable.
            return new ModelplaneException(
                $"The Modelplane store '{file}' cannot be opened for writing: SQLite reports '{unusable.Message}'. " +
                $"The folder '{Path.GetDirectoryName(file)}' and the files in it must be readable and writable by this user (check permissions, " +
                "read-only mounts and free space), or use a store in another folder.",
                exception);
        }

        if (exception is not SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
        {
            return null;
        }

        return new StoreLockedException(
            location,
            $"The Modelplane store '{file}' is locked: another process (a pipeline run, the modelplane CLI, or a tool such as the sqlite3 shell) " +
            $"held its write lock for longer than this process waits ({BusyTimeout.TotalSeconds:0.#} s), so nothing was changed. " +
            $"Wait for that process to finish and try again; on Linux, 'fuser \"{file}\"' shows which processes have the file open. " +
            "If the store is on a network share (NFS, SMB), where SQLite's locks are unreliable, move it to a local disk or use a PostgreSQL store for a team.",
            exception);
    }

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

    private static TimeSpan CheckedBusyTimeout(TimeSpan busyTimeout) =>
        busyTimeout >= TimeSpan.FromSeconds(1)
            ? busyTimeout
            : throw new ArgumentOutOfRangeException(nameof(busyTimeout), busyTimeout, "The SQLite busy timeout must be at least one second; Microsoft.Data.Sqlite counts its command timeout in whole seconds.");

    /// <inheritdoc />
    public override void ReleaseConnections(DbConnection connection) => SqliteConnection.ClearPool((SqliteConnection)connection);
}

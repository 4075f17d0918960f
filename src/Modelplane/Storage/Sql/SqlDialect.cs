using System.Data.Common;

namespace Modelplane.Storage.Sql;

/// <summary>
/// What differs between SQL databases for <see cref="SqlMetadataStore"/>: the schema (migrations),
/// how a writing transaction takes its lock, how errors are classified, and how ids and times are
/// stored. Everything else (every query) is shared, so a new database is a dialect, a connection
/// factory and a migration script.
/// </summary>
/// <remarks>
/// Queries use <c>@name</c> parameters, <c>INSERT … ON CONFLICT</c>, <c>LIMIT</c> and partial
/// unique indexes, which SQLite and PostgreSQL both support. The migrations must create the tables
/// and columns the shared queries use: build them with <see cref="SqlSchema"/>.
/// </remarks>
public abstract class SqlDialect
{
    /// <summary>A short name for messages, e.g. <c>sqlite</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The ordered schema migrations.</summary>
    public abstract IReadOnlyList<SqlMigration> Migrations { get; }

    /// <summary>The statement creating the <c>schema_version(version, description, applied_at)</c> table if it does not exist.</summary>
    public abstract string CreateSchemaVersionTableSql { get; }

    /// <summary>Called once per opened connection, before any query (session settings such as timeouts).</summary>
    public virtual Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called once before migrations, outside any transaction (database-wide settings such as SQLite's WAL mode).</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Begins a transaction that writes. It must serialise writers that allocate numbers (versions),
    /// or let them fail with an error <see cref="IsRetryable"/> accepts (the store then retries).
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Called inside the migration transaction before the schema version is read, to keep two processes from migrating at once.</summary>
    public virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether <paramref name="exception"/> is a unique-constraint violation (a concurrent writer took the same number or name).</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>Whether the whole transaction can be retried after <paramref name="exception"/>: unique violations, busy or locked databases, serialisation failures, deadlocks.</summary>
    public abstract bool IsRetryable(DbException exception);

    /// <summary>
    /// A user-facing exception for a database error the user can act on, such as
    /// <see cref="Errors.StoreLockedException"/> when another process held a lock for longer than the
    /// store waits; <see langword="null"/> to pass the error on unchanged. Called for errors that are
    /// not retried or that outlived every retry; <paramref name="location"/> is the store's
    /// <see cref="IMetadataStore.Location"/>, for the message.
    /// </summary>
    public virtual Errors.ModelplaneException? DescribeFailure(DbException exception, string location) => null;

    /// <summary>The parameter value for an id.</summary>
    public virtual object ToDb(Guid id) => id;

    /// <summary>Reads an id column.</summary>
    public virtual Guid ReadGuid(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    /// <summary>
    /// The current UTC time at the precision the database keeps, so a time the store returns from
    /// memory (a stage move's) equals the one read back later. SQLite text keeps .NET's 100 ns ticks.
    /// </summary>
    public virtual DateTimeOffset Now() => DateTimeOffset.UtcNow;

    /// <summary>The parameter value for a point in time (always UTC).</summary>
    public virtual object ToDb(DateTimeOffset time) => time.ToUniversalTime();

    /// <summary>Reads a point-in-time column as UTC.</summary>
    public virtual DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal).ToUniversalTime();

    /// <summary>Releases pooled connections when the store is disposed (so files can be deleted).</summary>
    public virtual void ReleaseConnections(DbConnection connection)
    {
    }
}

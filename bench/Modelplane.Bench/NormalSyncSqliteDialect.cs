using System.Data.Common;
using Modelplane.Storage.Sql;
using Modelplane.Storage.Sqlite;

namespace Modelplane.Bench;

/// <summary>
/// The shipped SQLite dialect plus <c>PRAGMA synchronous = NORMAL</c>: in WAL mode commits then skip
/// the fsync (the database cannot be corrupted; a power cut may lose the last commits). Used only
/// to show how much of the per-step cost is commit fsyncs.
/// </summary>
internal sealed class NormalSyncSqliteDialect : SqlDialect
{
    private readonly SqliteDialect inner = new();

    public override string Name => inner.Name;

    public override IReadOnlyList<SqlMigration> Migrations => inner.Migrations;

    public override string CreateSchemaVersionTableSql => inner.CreateSchemaVersionTableSql;

    public override async Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await inner.PrepareConnectionAsync(connection, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous = NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        inner.PrepareDatabaseAsync(connection, cancellationToken);

    public override Task<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        inner.BeginWriteTransactionAsync(connection, cancellationToken);

    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        inner.LockForMigrationAsync(connection, transaction, cancellationToken);

    public override bool IsUniqueViolation(DbException exception) => inner.IsUniqueViolation(exception);

    public override bool IsRetryable(DbException exception) => inner.IsRetryable(exception);

    public override Errors.ModelplaneException? DescribeFailure(DbException exception, string location) => inner.DescribeFailure(exception, location);

    public override object ToDb(Guid id) => inner.ToDb(id);

    public override Guid ReadGuid(DbDataReader reader, int ordinal) => inner.ReadGuid(reader, ordinal);

    public override object ToDb(DateTimeOffset time) => inner.ToDb(time);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => inner.ReadTime(reader, ordinal);

    public override void ReleaseConnections(DbConnection connection) => inner.ReleaseConnections(connection);
}

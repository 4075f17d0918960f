using Modelplane.Storage.Sql;

namespace Modelplane.Storage.Sqlite;

/// <summary>
/// The SQLite spelling of <see cref="SqlSchema"/>: ids are text GUIDs, times ISO 8601 UTC text,
/// numbers SQLite integers; tag lists are JSON arrays in every dialect.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqlMigration> All { get; } = SqlSchema.Migrations(new SqlSchemaTypes(
        Id: "TEXT",
        Time: "TEXT",
        Integer: "INTEGER",
        BigInteger: "INTEGER",
        Text: "TEXT",
        AppendOnlyStageHistorySql: """
            CREATE TRIGGER stage_transitions_append_only BEFORE UPDATE ON stage_transitions
            BEGIN
                SELECT RAISE(ABORT, 'The stage history is append-only.');
            END;
            """));
}

using Modelplane.Storage.Sql;

namespace Modelplane.Storage.Sqlite;

/// <summary>The SQLite schema, one migration per version.</summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqlMigration> All { get; } = [];
}

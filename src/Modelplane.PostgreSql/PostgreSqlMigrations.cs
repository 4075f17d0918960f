using Modelplane.Storage.Sql;

namespace Modelplane.PostgreSql;

/// <summary>
/// The PostgreSQL spelling of <see cref="SqlSchema"/>: native types — <c>uuid</c> ids,
/// <c>timestamptz</c> times, <c>bigint</c> sizes — and the append-only history as a PL/pgSQL trigger.
/// </summary>
internal static class PostgreSqlMigrations
{
    public static IReadOnlyList<SqlMigration> All { get; } = SqlSchema.Migrations(new SqlSchemaTypes(
        Id: "uuid",
        Time: "timestamptz",
        Integer: "integer",
        BigInteger: "bigint",
        Text: "text",
        AppendOnlyStageHistorySql: """
            CREATE FUNCTION modelplane_stage_transitions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The stage history is append-only.';
            END;
            $$;

            CREATE TRIGGER stage_transitions_append_only BEFORE UPDATE ON stage_transitions
                FOR EACH ROW EXECUTE FUNCTION modelplane_stage_transitions_append_only();
            """));
}

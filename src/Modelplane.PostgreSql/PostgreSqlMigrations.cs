using Modelplane.Storage.Sql;

namespace Modelplane.PostgreSql;

/// <summary>
/// The PostgreSQL schema: the tables and columns of the SQLite reference schema
/// (<c>Modelplane.Storage.Sqlite.SqliteMigrations</c>) with native types — <c>uuid</c> ids,
/// <c>timestamptz</c> times — and the same constraints, partial unique index and append-only history.
/// </summary>
internal static class PostgreSqlMigrations
{
    public static IReadOnlyList<SqlMigration> All { get; } =
    [
        new(1, "models, versions, stage history, artifacts, links, metadata, runs", """
            CREATE TABLE models (
                id uuid PRIMARY KEY,
                name text NOT NULL UNIQUE,
                description text, license text, audience text, use_cases text,
                limitations text, trade_offs text, ethics text,
                tags text NOT NULL DEFAULT '[]',
                created timestamptz NOT NULL
            );

            CREATE TABLE model_versions (
                id uuid PRIMARY KEY,
                model_id uuid NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                number integer NOT NULL,
                name text,
                description text,
                tags text NOT NULL DEFAULT '[]',
                stage text NOT NULL DEFAULT 'none' CHECK (stage IN ('none', 'staging', 'production', 'archived')),
                created timestamptz NOT NULL,
                UNIQUE (model_id, number),
                UNIQUE (model_id, name)
            );

            -- One holder of staging and of production per model; any number of none and archived.
            CREATE UNIQUE INDEX ux_model_versions_exclusive_stage ON model_versions (model_id, stage)
                WHERE stage IN ('staging', 'production');

            CREATE TABLE stage_transitions (
                id uuid PRIMARY KEY,
                model_id uuid NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                version_id uuid NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
                version_number integer NOT NULL,
                sequence integer NOT NULL,
                from_stage text NOT NULL,
                to_stage text NOT NULL,
                at timestamptz NOT NULL,
                actor text NOT NULL,
                reason text,
                UNIQUE (model_id, sequence)
            );

            CREATE FUNCTION modelplane_stage_transitions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'The stage history is append-only.';
            END;
            $$;

            CREATE TRIGGER stage_transitions_append_only BEFORE UPDATE ON stage_transitions
                FOR EACH ROW EXECUTE FUNCTION modelplane_stage_transitions_append_only();

            CREATE TABLE pipeline_runs (
                id uuid PRIMARY KEY,
                name text NOT NULL,
                pipeline_name text NOT NULL,
                model_version_id uuid REFERENCES model_versions(id) ON DELETE SET NULL,
                status text NOT NULL,
                started timestamptz NOT NULL,
                ended timestamptz,
                error text,
                config_json text
            );

            CREATE INDEX ix_pipeline_runs_model_version ON pipeline_runs (model_version_id);

            CREATE TABLE step_runs (
                id uuid PRIMARY KEY,
                pipeline_run_id uuid NOT NULL REFERENCES pipeline_runs(id) ON DELETE CASCADE,
                step_name text NOT NULL,
                status text NOT NULL,
                started timestamptz NOT NULL,
                ended timestamptz,
                cache_key text,
                original_step_run_id uuid REFERENCES step_runs(id) ON DELETE SET NULL,
                error text,
                upstream_steps text NOT NULL DEFAULT '[]'
            );

            CREATE INDEX ix_step_runs_pipeline_run ON step_runs (pipeline_run_id);
            CREATE INDEX ix_step_runs_cache_key ON step_runs (cache_key, status);

            CREATE TABLE artifact_versions (
                id uuid PRIMARY KEY,
                name text NOT NULL,
                version integer NOT NULL,
                kind text NOT NULL CHECK (kind IN ('data', 'model', 'deployment')),
                materializer_id text NOT NULL,
                type_name text NOT NULL,
                content_hash text NOT NULL,
                size bigint NOT NULL,
                created timestamptz NOT NULL,
                producer_step_run_id uuid REFERENCES step_runs(id) ON DELETE SET NULL,
                tags text NOT NULL DEFAULT '[]',
                UNIQUE (name, version)
            );

            CREATE INDEX ix_artifact_versions_hash ON artifact_versions (content_hash);
            CREATE INDEX ix_artifact_versions_producer ON artifact_versions (producer_step_run_id);

            CREATE TABLE step_run_artifacts (
                step_run_id uuid NOT NULL REFERENCES step_runs(id) ON DELETE CASCADE,
                direction text NOT NULL CHECK (direction IN ('input', 'output')),
                name text NOT NULL,
                artifact_version_id uuid NOT NULL REFERENCES artifact_versions(id) ON DELETE CASCADE,
                PRIMARY KEY (step_run_id, direction, name)
            );

            CREATE INDEX ix_step_run_artifacts_artifact ON step_run_artifacts (artifact_version_id, direction);

            CREATE TABLE model_version_artifacts (
                model_version_id uuid NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
                artifact_version_id uuid NOT NULL REFERENCES artifact_versions(id) ON DELETE CASCADE,
                created timestamptz NOT NULL,
                PRIMARY KEY (model_version_id, artifact_version_id)
            );

            CREATE INDEX ix_model_version_artifacts_artifact ON model_version_artifacts (artifact_version_id);

            CREATE TABLE metadata (
                target_kind text NOT NULL CHECK (target_kind IN ('model_version', 'artifact_version', 'pipeline_run', 'step_run')),
                target_id uuid NOT NULL,
                key text NOT NULL,
                type text NOT NULL,
                text text NOT NULL,
                PRIMARY KEY (target_kind, target_id, key)
            );
            """),
        new(2, "pipeline runs record the host and process that run them", """
            ALTER TABLE pipeline_runs ADD COLUMN host text;
            ALTER TABLE pipeline_runs ADD COLUMN process_id integer;
            ALTER TABLE pipeline_runs ADD COLUMN process_started timestamptz;
            """),
    ];
}

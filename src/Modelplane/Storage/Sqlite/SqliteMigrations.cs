using Modelplane.Storage.Sql;

namespace Modelplane.Storage.Sqlite;

/// <summary>
/// The SQLite schema, one migration per version. This is the reference schema the shared queries of
/// <see cref="SqlMetadataStore"/> use; other dialects create the same tables and columns.
/// Ids are text GUIDs, times ISO 8601 UTC text, tag lists JSON arrays.
/// </summary>
internal static class SqliteMigrations
{
    public static IReadOnlyList<SqlMigration> All { get; } =
    [
        new(1, "models, versions, stage history, artifacts, links, metadata, runs", """
            CREATE TABLE models (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL UNIQUE,
                description TEXT, license TEXT, audience TEXT, use_cases TEXT,
                limitations TEXT, trade_offs TEXT, ethics TEXT,
                tags TEXT NOT NULL DEFAULT '[]',
                created TEXT NOT NULL
            );

            CREATE TABLE model_versions (
                id TEXT PRIMARY KEY,
                model_id TEXT NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                number INTEGER NOT NULL,
                name TEXT,
                description TEXT,
                tags TEXT NOT NULL DEFAULT '[]',
                stage TEXT NOT NULL DEFAULT 'none' CHECK (stage IN ('none', 'staging', 'production', 'archived')),
                created TEXT NOT NULL,
                UNIQUE (model_id, number),
                UNIQUE (model_id, name)
            );

            -- One holder of staging and of production per model; any number of none and archived.
            CREATE UNIQUE INDEX ux_model_versions_exclusive_stage ON model_versions (model_id, stage)
                WHERE stage IN ('staging', 'production');

            CREATE TABLE stage_transitions (
                id TEXT PRIMARY KEY,
                model_id TEXT NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                version_id TEXT NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
                version_number INTEGER NOT NULL,
                sequence INTEGER NOT NULL,
                from_stage TEXT NOT NULL,
                to_stage TEXT NOT NULL,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                reason TEXT,
                UNIQUE (model_id, sequence)
            );

            CREATE TRIGGER stage_transitions_append_only BEFORE UPDATE ON stage_transitions
            BEGIN
                SELECT RAISE(ABORT, 'The stage history is append-only.');
            END;

            CREATE TABLE pipeline_runs (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                pipeline_name TEXT NOT NULL,
                model_version_id TEXT REFERENCES model_versions(id) ON DELETE SET NULL,
                status TEXT NOT NULL,
                started TEXT NOT NULL,
                ended TEXT,
                error TEXT,
                config_json TEXT
            );

            CREATE INDEX ix_pipeline_runs_model_version ON pipeline_runs (model_version_id);

            CREATE TABLE step_runs (
                id TEXT PRIMARY KEY,
                pipeline_run_id TEXT NOT NULL REFERENCES pipeline_runs(id) ON DELETE CASCADE,
                step_name TEXT NOT NULL,
                status TEXT NOT NULL,
                started TEXT NOT NULL,
                ended TEXT,
                cache_key TEXT,
                original_step_run_id TEXT REFERENCES step_runs(id) ON DELETE SET NULL,
                error TEXT,
                upstream_steps TEXT NOT NULL DEFAULT '[]'
            );

            CREATE INDEX ix_step_runs_pipeline_run ON step_runs (pipeline_run_id);
            CREATE INDEX ix_step_runs_cache_key ON step_runs (cache_key, status);

            CREATE TABLE artifact_versions (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                version INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('data', 'model', 'deployment')),
                materializer_id TEXT NOT NULL,
                type_name TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                size INTEGER NOT NULL,
                created TEXT NOT NULL,
                producer_step_run_id TEXT REFERENCES step_runs(id) ON DELETE SET NULL,
                tags TEXT NOT NULL DEFAULT '[]',
                UNIQUE (name, version)
            );

            CREATE INDEX ix_artifact_versions_hash ON artifact_versions (content_hash);
            CREATE INDEX ix_artifact_versions_producer ON artifact_versions (producer_step_run_id);

            CREATE TABLE step_run_artifacts (
                step_run_id TEXT NOT NULL REFERENCES step_runs(id) ON DELETE CASCADE,
                direction TEXT NOT NULL CHECK (direction IN ('input', 'output')),
                name TEXT NOT NULL,
                artifact_version_id TEXT NOT NULL REFERENCES artifact_versions(id) ON DELETE CASCADE,
                PRIMARY KEY (step_run_id, direction, name)
            );

            CREATE INDEX ix_step_run_artifacts_artifact ON step_run_artifacts (artifact_version_id, direction);

            CREATE TABLE model_version_artifacts (
                model_version_id TEXT NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
                artifact_version_id TEXT NOT NULL REFERENCES artifact_versions(id) ON DELETE CASCADE,
                created TEXT NOT NULL,
                PRIMARY KEY (model_version_id, artifact_version_id)
            );

            CREATE INDEX ix_model_version_artifacts_artifact ON model_version_artifacts (artifact_version_id);

            CREATE TABLE metadata (
                target_kind TEXT NOT NULL CHECK (target_kind IN ('model_version', 'artifact_version', 'pipeline_run', 'step_run')),
                target_id TEXT NOT NULL,
                key TEXT NOT NULL,
                type TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (target_kind, target_id, key)
            );
            """),
        new(2, "pipeline runs record the host and process that run them", """
            ALTER TABLE pipeline_runs ADD COLUMN host TEXT;
            ALTER TABLE pipeline_runs ADD COLUMN process_id INTEGER;
            ALTER TABLE pipeline_runs ADD COLUMN process_started TEXT;
            """),
    ];
}

namespace Modelplane.Storage.Sql;

/// <summary>
/// The schema every SQL dialect creates, one migration per version, written once: the shared queries
/// of <see cref="SqlMetadataStore"/> rely on exactly these tables and columns. A dialect supplies its
/// column types and its append-only trigger through <see cref="SqlSchemaTypes"/>.
/// </summary>
public static class SqlSchema
{
    /// <summary>The ordered migrations for a dialect's column types.</summary>
    /// <param name="types">How the dialect spells ids, times, numbers, text and the stage-history trigger.</param>
    public static IReadOnlyList<SqlMigration> Migrations(SqlSchemaTypes types)
    {
        ArgumentNullException.ThrowIfNull(types);
        return
        [
            new(1, "models, versions, stage history, artifacts, links, metadata, runs", $$"""
                CREATE TABLE models (
                    id {{types.Id}} PRIMARY KEY,
                    name {{types.Text}} NOT NULL UNIQUE,
                    description {{types.Text}}, license {{types.Text}}, audience {{types.Text}}, use_cases {{types.Text}},
                    limitations {{types.Text}}, trade_offs {{types.Text}}, ethics {{types.Text}},
                    tags {{types.Text}} NOT NULL DEFAULT '[]',
                    created {{types.Time}} NOT NULL
                );

                CREATE TABLE model_versions (
                    id {{types.Id}} PRIMARY KEY,
                    model_id {{types.Id}} NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                    number {{types.Integer}} NOT NULL,
                    name {{types.Text}},
                    description {{types.Text}},
                    tags {{types.Text}} NOT NULL DEFAULT '[]',
                    stage {{types.Text}} NOT NULL DEFAULT 'none' CHECK (stage IN ('none', 'staging', 'production', 'archived')),
                    created {{types.Time}} NOT NULL,
                    UNIQUE (model_id, number),
                    UNIQUE (model_id, name)
                );

                -- One holder of staging and of production per model; any number of none and archived.
                CREATE UNIQUE INDEX ux_model_versions_exclusive_stage ON model_versions (model_id, stage)
                    WHERE stage IN ('staging', 'production');

                CREATE TABLE stage_transitions (
                    id {{types.Id}} PRIMARY KEY,
                    model_id {{types.Id}} NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                    version_id {{types.Id}} NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
                    version_number {{types.Integer}} NOT NULL,
                    sequence {{types.Integer}} NOT NULL,
                    from_stage {{types.Text}} NOT NULL,
                    to_stage {{types.Text}} NOT NULL,
                    at {{types.Time}} NOT NULL,
                    actor {{types.Text}} NOT NULL,
                    reason {{types.Text}},
                    UNIQUE (model_id, sequence)
                );

                {{types.AppendOnlyStageHistorySql}}

                CREATE TABLE pipeline_runs (
                    id {{types.Id}} PRIMARY KEY,
                    name {{types.Text}} NOT NULL,
                    pipeline_name {{types.Text}} NOT NULL,
                    model_version_id {{types.Id}} REFERENCES model_versions(id) ON DELETE SET NULL,
                    status {{types.Text}} NOT NULL,
                    started {{types.Time}} NOT NULL,
                    ended {{types.Time}},
                    error {{types.Text}},
                    config_json {{types.Text}}
                );

                CREATE INDEX ix_pipeline_runs_model_version ON pipeline_runs (model_version_id);

                CREATE TABLE step_runs (
                    id {{types.Id}} PRIMARY KEY,
                    pipeline_run_id {{types.Id}} NOT NULL REFERENCES pipeline_runs(id) ON DELETE CASCADE,
                    step_name {{types.Text}} NOT NULL,
                    status {{types.Text}} NOT NULL,
                    started {{types.Time}} NOT NULL,
                    ended {{types.Time}},
                    cache_key {{types.Text}},
                    original_step_run_id {{types.Id}} REFERENCES step_runs(id) ON DELETE SET NULL,
                    error {{types.Text}},
                    upstream_steps {{types.Text}} NOT NULL DEFAULT '[]'
                );

                CREATE INDEX ix_step_runs_pipeline_run ON step_runs (pipeline_run_id);
                CREATE INDEX ix_step_runs_cache_key ON step_runs (cache_key, status);

                CREATE TABLE artifact_versions (
                    id {{types.Id}} PRIMARY KEY,
                    name {{types.Text}} NOT NULL,
                    version {{types.Integer}} NOT NULL,
                    kind {{types.Text}} NOT NULL CHECK (kind IN ('data', 'model', 'deployment')),
                    materializer_id {{types.Text}} NOT NULL,
                    type_name {{types.Text}} NOT NULL,
                    content_hash {{types.Text}} NOT NULL,
                    size {{types.BigInteger}} NOT NULL,
                    created {{types.Time}} NOT NULL,
                    producer_step_run_id {{types.Id}} REFERENCES step_runs(id) ON DELETE SET NULL,
                    tags {{types.Text}} NOT NULL DEFAULT '[]',
                    UNIQUE (name, version)
                );

                CREATE INDEX ix_artifact_versions_hash ON artifact_versions (content_hash);
                CREATE INDEX ix_artifact_versions_producer ON artifact_versions (producer_step_run_id);

                CREATE TABLE step_run_artifacts (
                    step_run_id {{types.Id}} NOT NULL REFERENCES step_runs(id) ON DELETE CASCADE,
                    direction {{types.Text}} NOT NULL CHECK (direction IN ('input', 'output')),
                    name {{types.Text}} NOT NULL,
                    artifact_version_id {{types.Id}} NOT NULL REFERENCES artifact_versions(id) ON DELETE CASCADE,
                    PRIMARY KEY (step_run_id, direction, name)
                );

                CREATE INDEX ix_step_run_artifacts_artifact ON step_run_artifacts (artifact_version_id, direction);

                CREATE TABLE model_version_artifacts (
                    model_version_id {{types.Id}} NOT NULL REFERENCES model_versions(id) ON DELETE CASCADE,
                    artifact_version_id {{types.Id}} NOT NULL REFERENCES artifact_versions(id) ON DELETE CASCADE,
                    created {{types.Time}} NOT NULL,
                    PRIMARY KEY (model_version_id, artifact_version_id)
                );

                CREATE INDEX ix_model_version_artifacts_artifact ON model_version_artifacts (artifact_version_id);

                CREATE TABLE metadata (
                    target_kind {{types.Text}} NOT NULL CHECK (target_kind IN ('model_version', 'artifact_version', 'pipeline_run', 'step_run')),
                    target_id {{types.Id}} NOT NULL,
                    key {{types.Text}} NOT NULL,
                    type {{types.Text}} NOT NULL,
                    text {{types.Text}} NOT NULL,
                    PRIMARY KEY (target_kind, target_id, key)
                );
                """),
            new(2, "pipeline runs record the host and process that run them", $$"""
                ALTER TABLE pipeline_runs ADD COLUMN host {{types.Text}};
                ALTER TABLE pipeline_runs ADD COLUMN process_id {{types.Integer}};
                ALTER TABLE pipeline_runs ADD COLUMN process_started {{types.Time}};
                """),
        ];
    }
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;
using E2eBatch.Steps.Etl;
#if (hyperparameterTuning)
using E2eBatch.Steps.HpTuning;
#endif
using E2eBatch.Steps.Promotion;
using E2eBatch.Steps.Training;
using Modelplane;
using Modelplane.Artifacts;
using Modelplane.ML.Evaluation;
using Modelplane.Pipelines;

namespace E2eBatch.Pipelines;

/// <summary>
/// The training pipeline (&lt;model&gt;_training): load, split and preprocess the data, find and train the best model,
/// check its quality, promote it to the target stage and write its model card. Every run makes a new model version.
/// </summary>
internal sealed class TrainingPipeline(TrainConfig config, string projectFolder, TrainingOverrides overrides)
{
    public string Name => $"{config.Model.Name}_training";

    public string OutputFolder => Path.Combine(projectFolder, "out");

    public async Task<TrainingResult> RunAsync(ModelplaneClient client, bool cache, CancellationToken cancellationToken = default)
    {
        var data = config.Data;
        var dataPath = Path.GetFullPath(Path.Combine(projectFolder, data.Path));
        var dataFileSha256 = File.Exists(dataPath) ? await ContentHash.OfFileAsync(dataPath, cancellationToken) : "";
        var preprocessing = overrides.ApplyTo(config.Steps.TrainDataPreprocessor).ToOptions();
        var gates = overrides.ApplyTo(config.Steps.ModelEvaluator);
        var testSize = overrides.TestSize ?? config.Steps.TrainDataSplitter.TestSize;
        var targetStage = TargetStage.Parse(config.Parameters.TargetEnv, "parameters.target_env");
        EvaluationResult? evaluation = null;

        var summary = await Build(cache).RunAsync(client, async run =>
        {
            // ETL
            var dataset = await run.Step(new DataLoader(dataPath, dataFileSha256, data.LabelColumn, data.TextColumns, data.InferenceFraction, data.Seed));
            var split = await run.Step(new TrainDataSplitter(dataset.Dataset, dataset.Schema, testSize, data.Seed));
            var preprocessed = await run.Step(new TrainDataPreprocessor(split.Train, split.Test, dataset.Schema, preprocessing));

#if (hyperparameterTuning)
            // Hyperparameter tuning: one search per trainer, all at once; then the best trial across all of them.
            var tuning = config.Steps.HpTuningSingleSearch;
            var searches = await Task.WhenAll(config.Parameters.ModelSearchSpace.Select(candidate => run.Step(
                new HpTuningSingleSearch(split.Train, dataset.Schema, candidate.Key, candidate.Value, preprocessing, tuning.Trials, tuning.CrossValidationFolds, data.Seed),
                name: $"hp_tuning_search_{candidate.Key}")));
            var best = await run.Step(new HpTuningSelectBestModel(searches.Select(search => search.Result).ToList()));
#else
            // The one trainer and hyperparameters of parameters.model_configuration.
            var best = await run.Step(new UseModelConfiguration(config.Parameters.ModelConfiguration));
#endif

            // Training and evaluation with quality gates
            var trained = await run.Step(new ModelTrainer(split.Train, preprocessed.Preprocessor, best.BestModel, data.Seed));
            var evaluated = await run.Step(new ModelEvaluator(
                trained.Model, split.Train, split.Test, gates.MinTrainAccuracy, gates.MinTestAccuracy, gates.FailOnAccuracyQualityGates));
            evaluation = await evaluated.Evaluation.LoadAsync(cancellationToken);

#if (metricComparePromotion)
            // Promotion: the new model against the stage holder on this run's test rows
            var metrics = await run.Step(new ComputePerformanceMetricsOnCurrentData(trained.Model, split.Test, evaluated.Evaluation, targetStage));
            await run.Step(new PromoteWithMetricCompare(metrics.Metrics, targetStage));
#else
            // Promotion: the new version takes the target stage
            await run.Step(new PromoteLatestVersion(targetStage));
#endif

            // Model card
            var importance = await run.Step(new ComputeFeatureImportance(trained.Model, split.Test));
#if (hyperparameterTuning)
            await run.Step(new WriteModelCard(trained.Model, split.Test, importance.FeatureImportance, evaluated.Evaluation, evaluated.TrainMetrics, best.Search, OutputFolder));
#else
            await run.Step(new WriteModelCard(trained.Model, split.Test, importance.FeatureImportance, evaluated.Evaluation, evaluated.TrainMetrics, OutputFolder));
#endif
        }, cancellationToken);

        var version = await client.GetVersionAsync(summary.ModelVersion!.Id, cancellationToken);
        return new TrainingResult(summary, version, evaluation!.Metrics.Accuracy, Path.Combine(OutputFolder, $"model_card_v{version.Number}.html"));
    }

    private Pipeline Build(bool cache)
    {
        var pipeline = new Pipeline(Name)
            .WithModel(config.Model.ToSpec(), VersionRequest.New)
            .WithCache(cache)
            .WithConfiguration(new { config.Model, config.Data, config.Steps, config.Parameters, Overrides = overrides })
            .WithObserver(new ConsolePipelineObserver());
#if (notifications)
        // Qualified, so a project named like a hook class still compiles.
        return Steps.Alerts.AlertHooks.AttachTo(pipeline, config.Alerts);
#else
        return pipeline;
#endif
    }
}

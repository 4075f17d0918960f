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

namespace E2eBatch.Pipelines;

/// <summary>
/// The training pipeline (named &lt;model&gt;_training): load, split and preprocess the data, find and train the best model,
/// check its quality, and promote it to the target stage.
/// </summary>
internal sealed class TrainingPipeline(TrainConfig config, string projectFolder)
{
    public string Name => $"{config.Model.Name}_training";

    public Task<bool> RunAsync(TrainingOverrides overrides, CancellationToken cancellationToken = default)
    {
        var preprocessing = overrides.ApplyTo(config.Steps.TrainDataPreprocessor);
        var gates = overrides.ApplyTo(config.Steps.ModelEvaluator);
        var testSize = overrides.TestSize ?? config.Steps.TrainDataSplitter.TestSize;

        // ETL
        var dataset = new DataLoader().Run(config.Data, projectFolder, isInference: false);
        var (rawTrain, rawTest) = new TrainDataSplitter().Run(dataset, testSize, config.Data.Seed);
        var (train, test) = new TrainDataPreprocessor().Run(rawTrain, rawTest, preprocessing);

#if (hyperparameterTuning)
        // Hyperparameter tuning: one search per trainer, then the best candidate across all of them.
        var results = config.Parameters.ModelSearchSpace
            .Select(search => new HpTuningSingleSearch().Run(search.Key, search.Value, train, config.Steps.HpTuningSingleSearch))
            .ToList();
        var spec = new HpTuningSelectBestModel().Run(results);
#else
        // The one configured trainer and hyperparameters.
        var spec = new ModelSpec(config.Parameters.ModelConfiguration.Trainer, config.Parameters.ModelConfiguration.Parameters);
#endif

        // Training and evaluation
        var model = new ModelTrainer().Run(spec, train);
        model = new ModelEvaluator().Run(model, train, test, gates);

        // Promotion
        var targetStage = config.Parameters.TargetEnv;
#if (metricComparePromotion)
        var metrics = new ComputePerformanceMetricsOnCurrentData().Run(model, test, targetStage);
        var promoted = new PromoteWithMetricCompare().Run(metrics, targetStage);
#else
        var promoted = new PromoteLatestVersion().Run(targetStage);
#endif
        return Task.FromResult(promoted);
    }
}

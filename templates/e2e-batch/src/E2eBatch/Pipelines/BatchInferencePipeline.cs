#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;
#if (dataQualityChecks)
using E2eBatch.Steps.DataQuality;
#endif
using E2eBatch.Steps.Etl;
using E2eBatch.Steps.Inference;
using E2eBatch.Steps.Training;

namespace E2eBatch.Pipelines;

/// <summary>
/// The batch-inference pipeline (named &lt;model&gt;_batch_inference): load the held-out rows, preprocess them like the training data,
/// check their quality, and score them with the model version in the target stage.
/// </summary>
internal sealed class BatchInferencePipeline(InferenceConfig config, string projectFolder)
{
    public string Name => $"{config.Model.Name}_batch_inference";

    public Task<Dataset> RunAsync(CancellationToken cancellationToken = default)
    {
        // ETL
        var inference = new DataLoader().Run(config.Data, projectFolder, isInference: true);
        inference = new InferenceDataPreprocessor().Run(inference);

#if (dataQualityChecks)
        // Data quality: compare with the training data of the model version in use.
        var training = new DataLoader().Run(config.Data, projectFolder, isInference: false);
        var report = new DataQualityReport().Run(training, inference);
        new DriftQualityGate().Run(report, config.Steps.DriftQualityGate);

#endif
        // Inference
        var model = new TrainedModel(new ModelSpec(config.Model.Version, new Dictionary<string, string>()));
        return Task.FromResult(new InferencePredict().Run(model, inference));
    }
}

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
using Microsoft.ML;
using Modelplane;
using Modelplane.Errors;
using Modelplane.ML.Data;
using Modelplane.ML.Training;
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Pipelines;

/// <summary>
/// The batch-inference pipeline (&lt;model&gt;_batch_inference), run in the model version that holds the target stage:
/// load the held-out rows, check their quality against that version's training rows, and score them with its model.
/// </summary>
internal sealed class BatchInferencePipeline(InferenceConfig config, string projectFolder)
{
    public string Name => $"{config.Model.Name}_batch_inference";

    public string OutputFolder => Path.Combine(projectFolder, "out");

    public async Task<InferenceResult> RunAsync(ModelplaneClient client, bool cache, CancellationToken cancellationToken = default)
    {
        var data = config.Data;
        var dataPath = Path.GetFullPath(Path.Combine(projectFolder, data.Path));
        var stage = TargetStage.Parse(config.Model.Version, "model.version");

        var summary = await RunWithStagedVersionAsync(client, Build(stage, cache), async run =>
        {
            // ETL: the rows held out by the training run of this model version
            var randomState = await run.ModelArtifact<int>("random_state");
            var schema = await run.ModelArtifact<TabularSchema>("data_schema");
            var inference = await run.Step(new InferenceDataLoader(randomState, schema, dataPath, data.InferenceFraction));

#if (dataQualityChecks)
            // Data quality: against the training rows of this model version
            var gate = config.Steps.DriftQualityGate;
            var training = await run.ModelArtifact<IDataView>("raw_dataset_trn");
            await run.Step(new DataQualityReport(training, inference.Dataset, data.LabelColumn, gate.NaDriftTolerance, gate.DriftShareTolerance, OutputFolder));
            await run.Step(new DriftQualityGate(training, inference.Dataset, data.LabelColumn, gate.NaDriftTolerance));

#endif
            // Inference with this version's model (its fitted preprocessing is part of it)
            var model = await run.ModelArtifact<TrainedModel>("model");
            await run.Step(new InferencePredict(model, inference.Dataset, OutputFolder));
        }, stage, cancellationToken);

        var version = summary.ModelVersion!;
        var modelCardPath = Path.Combine(OutputFolder, $"model_card_v{version.Number}.html");
        await File.WriteAllTextAsync(modelCardPath, await client.LoadLinkedArtifactAsync<string>(version, "model_card", cancellationToken), cancellationToken);
        var predictionsPath = Path.Combine(OutputFolder, "predictions.csv");
        var rows = File.ReadLines(predictionsPath).LongCount() - 1;
        return new InferenceResult(summary, version, rows, predictionsPath, modelCardPath);
    }

    // The version is looked up before any step runs; without one there is nothing to score with.
    private static async Task<PipelineRunSummary> RunWithStagedVersionAsync(
        ModelplaneClient client, Pipeline pipeline, Func<PipelineRun, Task> body, Stage stage, CancellationToken cancellationToken)
    {
        try
        {
            return await pipeline.RunAsync(client, body, cancellationToken);
        }
        catch (NotFoundException error)
        {
            throw new NotFoundException(
                $"{error.Message} Batch inference scores with the version in {Stages.ToText(stage)}; run training first: dotnet run --project src/E2eBatch -- train");
        }
    }

    private Pipeline Build(Stage stage, bool cache)
    {
        var pipeline = new Pipeline(Name)
            .WithModel(new ModelSpec(config.Model.Name), VersionRequest.Stage(stage))
            .WithCache(cache)
            .WithConfiguration(new { config.Model, config.Data })
            .WithObserver(new ConsolePipelineObserver());
#if (notifications)
        // Qualified, so a project named like a hook class still compiles.
        return Steps.Alerts.AlertHooks.AttachTo(pipeline, config.Alerts);
#else
        return pipeline;
#endif
    }
}

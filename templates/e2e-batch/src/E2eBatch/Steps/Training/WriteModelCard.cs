#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.Artifacts;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Reports;
using Modelplane.ML.Training;
#if (hyperparameterTuning)
using Modelplane.ML.Tuning;
#endif
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Training;

/// <summary>
/// Renders the model card of the run's version (<c>model_card</c>): metrics, confusion matrix, ROC curve,
/// feature importance, search results, lineage and stage history; also written to out/model_card_v&lt;N&gt;.html.
/// It never caches: the card names this run's version, stage and stage history.
/// </summary>
[DisableCache]
internal sealed record WriteModelCard(
    Artifact<TrainedModel> Model,
    Artifact<IDataView> Test,
    Artifact<IReadOnlyList<FeatureImportance>> FeatureImportance,
    Artifact<EvaluationResult> Evaluation,
    Artifact<ClassificationMetrics> TrainMetrics,
#if (hyperparameterTuning)
    Artifact<SearchResult> Search,
#endif
    string OutputFolder) : Step<WriteModelCard.Output>
{
    internal sealed record Output(Artifact<string> ModelCard);

    protected override async Task<Output> RunAsync(StepContext context)
    {
        var version = await context.Client.GetVersionAsync(context.ModelVersion!.Id, context.CancellationToken);
        var history = await context.Client.GetStageHistoryAsync(version.ModelName, VersionSelector.ById(version.Id), context.CancellationToken);
        ArtifactVersion[] inputs = [Model.ArtifactVersion, Test.ArtifactVersion, FeatureImportance.ArtifactVersion, Evaluation.ArtifactVersion, TrainMetrics.ArtifactVersion];
        var html = ModelCard.Render(new ModelCardData
        {
            ModelName = version.ModelName,
            Version = version.DisplayName,
            Stage = Stages.ToText(version.Stage),
            Description = version.Description,
            // Read from the model artifact's metadata: the card does not need to load the model itself.
            Trainer = Model.Metadata["trainer"].Text,
            Hyperparameters = Model.Metadata["hyperparameters"].AsJson<Dictionary<string, string>>()!,
            Evaluation = Evaluation.Value,
            TrainingMetrics = TrainMetrics.Value,
            FeatureImportance = FeatureImportance.Value,
#if (hyperparameterTuning)
            Search = Search.Value,
#endif
            Lineage =
            [
                new LineageItem("trained by run", context.PipelineRun.Name),
                .. inputs.Select(input => new LineageItem("input", $"{input.Name} v{input.Version}", input.ContentHash[..12])),
            ],
            StageHistory = history
                .Select(move => new Modelplane.ML.Reports.StageChange(move.At, Stages.ToText(move.From), Stages.ToText(move.To), move.Actor, move.Reason ?? ""))
                .ToList(),
        });

        Directory.CreateDirectory(OutputFolder);
        await File.WriteAllTextAsync(Path.Combine(OutputFolder, $"model_card_v{version.Number}.html"), html, context.CancellationToken);
        return new Output(context.Output("model_card", html));
    }
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Training;
using Modelplane.Models;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Promotion;

/// <summary>
/// Compares the new model with the model of the version that holds the target stage on this run's test rows,
/// each with its own preprocessing (<c>promotion_metrics</c>). Nothing is scored again when the stage is empty
/// or its holder has the very same model file (a re-run on unchanged data): the evaluator's test metrics decide.
/// It never caches: the stage holder can change between runs.
/// </summary>
[DisableCache]
internal sealed record ComputePerformanceMetricsOnCurrentData(
    Artifact<TrainedModel> Model, Artifact<IDataView> Test, Artifact<EvaluationResult> Evaluation, Stage TargetStage)
    : Step<ComputePerformanceMetricsOnCurrentData.Output>
{
    internal sealed record Output(Artifact<PromotionMetrics> Metrics);

    protected override async Task<Output> RunAsync(StepContext context)
    {
        var version = context.ModelVersion!;
        var holder = await context.Client.FindVersionAsync(version.ModelName, VersionSelector.ByStage(TargetStage), context.CancellationToken);
        if (holder is null || holder.Id == version.Id)
        {
            return Result(null, ChampionChallenger.Unopposed(Evaluation.Value.Metrics, Model.Metadata["trainer"].Text));
        }

        var holderModel = await context.Client.GetLinkedArtifactAsync(holder, "model", context.CancellationToken);
        if (holderModel.ContentHash == Model.ArtifactVersion.ContentHash)
        {
            return Result(holder.Number, ChampionChallenger.AgainstItself(Evaluation.Value.Metrics, Model.Metadata["trainer"].Text));
        }

        var champion = await context.Client.LoadArtifactAsync<TrainedModel>(holderModel, context.CancellationToken);
        return Result(holder.Number, ChampionChallenger.Compare(Model.Value, champion, Test.Value));

        Output Result(int? currentVersion, ComparisonResult comparison) =>
            new(context.Output("promotion_metrics", new PromotionMetrics(currentVersion, comparison)));
    }
}

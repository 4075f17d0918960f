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
/// Scores the new model and the model of the version that holds the target stage on this run's test rows,
/// each with its own preprocessing (<c>promotion_metrics</c>). It never caches: the stage holder can change between runs.
/// </summary>
[DisableCache]
internal sealed record ComputePerformanceMetricsOnCurrentData(Artifact<TrainedModel> Model, Artifact<IDataView> Test, Stage TargetStage)
    : Step<ComputePerformanceMetricsOnCurrentData.Output>
{
    internal sealed record Output(Artifact<PromotionMetrics> Metrics);

    protected override async Task<Output> RunAsync(StepContext context)
    {
        var version = context.ModelVersion!;
        var holder = await context.Client.FindVersionAsync(version.ModelName, VersionSelector.ByStage(TargetStage), context.CancellationToken);
        var champion = holder is null || holder.Id == version.Id
            ? null
            : await context.Client.LoadLinkedArtifactAsync<TrainedModel>(holder, "model", context.CancellationToken);
        var comparison = ChampionChallenger.Compare(Model.Value, champion, Test.Value);
        return new Output(context.Output("promotion_metrics", new PromotionMetrics(champion is null ? null : holder!.Number, comparison)));
    }
}

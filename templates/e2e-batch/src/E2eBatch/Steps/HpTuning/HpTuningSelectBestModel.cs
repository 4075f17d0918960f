#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;
using Modelplane.Metadata;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.HpTuning;

/// <summary>
/// Picks the trial with the best cross-validated score across all searches (<c>best_model</c>, the real
/// arg-max; ties go to the earlier trial) and keeps the whole table (<c>hp_search_results</c>).
/// </summary>
internal sealed record HpTuningSelectBestModel(IReadOnlyList<Artifact<SearchResult>> Results) : Step<HpTuningSelectBestModel.Output>
{
    internal sealed record Output(Artifact<TrainerConfig> BestModel, Artifact<SearchResult> Search);

    protected override Output Run(StepContext context)
    {
        var combined = SearchResult.Combine(Results.Select(result => result.Value));
        context.LogModelMetadata("cv_" + combined.Metric.ToString().ToLowerInvariant(), MetadataValue.Float(combined.Best.Mean));
        return new Output(context.Output("best_model", combined.BestConfig), context.Output("hp_search_results", combined));
    }
}

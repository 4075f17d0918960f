#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Training;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Training;

/// <summary>
/// Permutation feature importance of the model on the test rows (<c>feature_importance</c>), for the model card.
/// </summary>
/// <remarks>
/// It is the slowest part of the model card and depends only on the model and the test rows (the shuffles are
/// seeded), so it is a step of its own: a re-run with the same model is served from the cache.
/// </remarks>
internal sealed record ComputeFeatureImportance(Artifact<TrainedModel> Model, Artifact<IDataView> Test)
    : Step<ComputeFeatureImportance.Output>
{
    internal sealed record Output(Artifact<IReadOnlyList<FeatureImportance>> FeatureImportance);

    protected override Output Run(StepContext context) =>
        new(context.Output("feature_importance", FeatureImportance.Compute(Model.Value, Test.Value)));
}

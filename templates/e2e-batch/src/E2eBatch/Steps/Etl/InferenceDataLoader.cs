#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Etl;

/// <summary>
/// Loads the rows the training run held out (same file, fraction and the model version's <c>random_state</c>),
/// checked against the version's <c>data_schema</c>, and removes the label, as unlabelled data to score (<c>dataset_inf</c>).
/// </summary>
[DisableCache]
internal sealed record InferenceDataLoader(Artifact<int> RandomState, Artifact<TabularSchema> Schema, string DataPath, double InferenceFraction)
    : Step<InferenceDataLoader.Output>
{
    internal sealed record Output(Artifact<IDataView> Dataset);

    protected override Output Run(StepContext context)
    {
        var heldOut = HoldOut.HeldOutRows(DataPath, Schema.Value, InferenceFraction, RandomState.Value);
        var unlabelled = new MLContext().Transforms.DropColumns(Schema.Value.RequireLabel().Name).Fit(heldOut).Transform(heldOut);
        return new Output(context.Output("dataset_inf", unlabelled));
    }
}

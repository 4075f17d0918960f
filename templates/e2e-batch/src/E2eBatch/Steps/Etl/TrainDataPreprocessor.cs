#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Preprocessing;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Etl;

/// <summary>
/// Fits the preprocessing (drop columns, missing values, normalisation, one-hot text) on the training rows only
/// (<c>preprocess_pipeline</c>) and applies it to both splits (<c>dataset_trn</c>, <c>dataset_tst</c>).
/// </summary>
internal sealed record TrainDataPreprocessor(Artifact<IDataView> Train, Artifact<IDataView> Test, Artifact<TabularSchema> Schema, PreprocessingOptions Options)
    : Step<TrainDataPreprocessor.Output>
{
    internal sealed record Output(Artifact<FittedPreprocessor> Preprocessor, Artifact<IDataView> Train, Artifact<IDataView> Test);

    protected override Output Run(StepContext context)
    {
        var preprocessor = Preprocessor.Fit(Train.Value, Schema.Value, Options);
        return new Output(
            context.Output("preprocess_pipeline", preprocessor),
            context.Output("dataset_trn", preprocessor.Transform(Train.Value)),
            context.Output("dataset_tst", preprocessor.Transform(Test.Value)));
    }
}

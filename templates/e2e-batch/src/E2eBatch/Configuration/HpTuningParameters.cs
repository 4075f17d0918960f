#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>Parameters of each per-trainer hyperparameter search.</summary>
internal sealed class HpTuningParameters
{
    public int Trials { get; init; } = 20;
    public int CrossValidationFolds { get; init; } = 5;
    public int Seed { get; init; } = 42;
}

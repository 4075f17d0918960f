#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>model_configuration: the one trainer and hyperparameters to train when there is no search.</summary>
internal sealed class ModelConfiguration
{
    /// <summary>The ML.NET trainer: LbfgsLogisticRegression, FastTree, FastForest or LightGbm.</summary>
    public string Trainer { get; init; } = "";
    public Dictionary<string, string> Parameters { get; init; } = [];
}

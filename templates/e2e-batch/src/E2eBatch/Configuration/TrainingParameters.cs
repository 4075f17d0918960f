#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The parameters block of train_config.yaml.</summary>
internal sealed class TrainingParameters
{
    /// <summary>The stage a new model version is promoted to.</summary>
    public string TargetEnv { get; init; } = "";
#if (hyperparameterTuning)
    public Dictionary<string, SearchSpaceEntry> ModelSearchSpace { get; init; } = [];
#else
    public ModelConfiguration ModelConfiguration { get; init; } = new();
#endif
}

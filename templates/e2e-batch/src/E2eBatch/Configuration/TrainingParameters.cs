#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
#if (hyperparameterTuning)
using Modelplane.ML.Tuning;
#else
using Modelplane.ML.Training;
#endif

namespace E2eBatch.Configuration;

/// <summary>The parameters block of train_config.yaml.</summary>
internal sealed class TrainingParameters
{
    /// <summary>The stage a new model version is promoted to.</summary>
    public string TargetEnv { get; init; } = "";
#if (hyperparameterTuning)

    /// <summary>One search per entry: a trainer, its fixed parameters and the ranges to sample.</summary>
    public Dictionary<string, TrainerSearchSpace> ModelSearchSpace { get; init; } = [];
#else

    /// <summary>The one trainer and hyperparameters to train.</summary>
    public TrainerConfig ModelConfiguration { get; init; } = new();
#endif
}

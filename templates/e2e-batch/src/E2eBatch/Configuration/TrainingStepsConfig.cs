#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The steps block of train_config.yaml: parameters per step.</summary>
internal sealed class TrainingStepsConfig
{
    public TrainDataSplitterParameters TrainDataSplitter { get; init; } = new();
    public TrainDataPreprocessorParameters TrainDataPreprocessor { get; init; } = new();
#if (hyperparameterTuning)
    public HpTuningParameters HpTuningSingleSearch { get; init; } = new();
#endif
    public ModelEvaluatorParameters ModelEvaluator { get; init; } = new();
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;

namespace E2eBatch.Pipelines;

/// <summary>Command-line values that override the training step parameters of train_config.yaml; null keeps the file's value.</summary>
internal sealed record TrainingOverrides(
    bool? DropNa = null,
    bool? Normalize = null,
    IReadOnlyList<string>? DropColumns = null,
    double? TestSize = null,
    double? MinTrainAccuracy = null,
    double? MinTestAccuracy = null,
    bool? FailOnAccuracyQualityGates = null)
{
    public TrainDataPreprocessorParameters ApplyTo(TrainDataPreprocessorParameters parameters) => new()
    {
        DropNa = DropNa ?? parameters.DropNa,
        Normalize = Normalize ?? parameters.Normalize,
        DropColumns = DropColumns?.ToList() ?? parameters.DropColumns,
    };

    public ModelEvaluatorParameters ApplyTo(ModelEvaluatorParameters parameters) => new()
    {
        MinTrainAccuracy = MinTrainAccuracy ?? parameters.MinTrainAccuracy,
        MinTestAccuracy = MinTestAccuracy ?? parameters.MinTestAccuracy,
        FailOnAccuracyQualityGates = FailOnAccuracyQualityGates ?? parameters.FailOnAccuracyQualityGates,
    };
}

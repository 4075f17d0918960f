#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Steps.Etl;
using E2eBatch.Steps.Training;

namespace E2eBatch.Steps.Promotion;

/// <summary>Scores the new model and the model in the target stage on the same, current test split.</summary>
internal sealed class ComputePerformanceMetricsOnCurrentData
{
    public PromotionMetrics Run(TrainedModel latest, Dataset test, string targetStage) => new(LatestMetric: 0, CurrentMetric: null);
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Promotion;

/// <summary>Promotes the new version to the target stage when it scores at least as well as the current one.</summary>
internal sealed class PromoteWithMetricCompare
{
    public bool Run(PromotionMetrics metrics, string targetStage) =>
        metrics.CurrentMetric is not { } current || metrics.LatestMetric >= current;
}

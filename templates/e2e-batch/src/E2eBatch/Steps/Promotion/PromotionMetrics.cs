#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Promotion;

/// <summary>The accuracy of the new version and of the version in the target stage on this run's test split.</summary>
internal sealed record PromotionMetrics(double LatestMetric, double? CurrentMetric);

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.ML.Evaluation;

namespace E2eBatch.Steps.Promotion;

/// <summary>The new version and the target stage's current holder, scored on the same test rows.</summary>
/// <param name="CurrentVersion">The number of the version that held the target stage, or null when it was empty.</param>
/// <param name="Comparison">Both models' metrics, the decision (a tie promotes) and McNemar's test.</param>
internal sealed record PromotionMetrics(int? CurrentVersion, ComparisonResult Comparison);

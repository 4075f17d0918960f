#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The accuracy quality gates checked after training.</summary>
internal sealed class ModelEvaluatorParameters
{
    public double MinTrainAccuracy { get; init; } = 0.8;
    public double MinTestAccuracy { get; init; } = 0.8;
    public bool FailOnAccuracyQualityGates { get; init; }
}

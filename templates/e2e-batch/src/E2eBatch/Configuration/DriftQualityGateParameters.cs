#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The thresholds of the data-quality gate before batch inference.</summary>
internal sealed class DriftQualityGateParameters
{
    public double NaDriftTolerance { get; init; } = 0.1;
    public double DriftShareTolerance { get; init; } = 0.5;
}

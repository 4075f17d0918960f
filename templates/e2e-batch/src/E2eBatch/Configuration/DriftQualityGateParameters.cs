#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The thresholds of the data-quality gate before batch inference.</summary>
internal sealed class DriftQualityGateParameters
{
    /// <summary>The largest allowed relative change of the share of missing values against the training data.</summary>
    public double NaDriftTolerance { get; init; } = 0.1;

    /// <summary>The share of drifted columns from which the report calls the whole data set drifted.</summary>
    public double DriftShareTolerance { get; init; } = 0.5;
}

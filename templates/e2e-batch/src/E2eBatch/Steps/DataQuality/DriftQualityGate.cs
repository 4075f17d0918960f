#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;

namespace E2eBatch.Steps.DataQuality;

/// <summary>Stops batch inference when the inference data drifted too far from the training data.</summary>
internal sealed class DriftQualityGate
{
    public DriftReport Run(DriftReport report, DriftQualityGateParameters parameters) => report;
}

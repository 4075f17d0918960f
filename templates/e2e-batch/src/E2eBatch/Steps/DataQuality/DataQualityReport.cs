#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Steps.Etl;

namespace E2eBatch.Steps.DataQuality;

/// <summary>Compares the inference data with the training data of the model version in use: per-column drift and missing values.</summary>
internal sealed class DataQualityReport
{
    public DriftReport Run(Dataset reference, Dataset current) =>
        new(ReferenceMissingShare: 0, CurrentMissingShare: 0, DriftedColumnShare: 0);
}

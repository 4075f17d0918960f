#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.DataQuality;

/// <summary>The data-quality report's figures that the gate checks.</summary>
internal sealed record DriftReport(double ReferenceMissingShare, double CurrentMissingShare, double DriftedColumnShare);

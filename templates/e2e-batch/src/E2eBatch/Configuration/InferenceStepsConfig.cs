#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The steps block of inference_config.yaml: parameters per step.</summary>
internal sealed class InferenceStepsConfig
{
    public DriftQualityGateParameters DriftQualityGate { get; init; } = new();
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>Parameters of the train/test split.</summary>
internal sealed class TrainDataSplitterParameters
{
    public double TestSize { get; init; } = 0.2;
}

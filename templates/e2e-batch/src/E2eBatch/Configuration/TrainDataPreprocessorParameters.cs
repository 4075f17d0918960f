#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>Parameters of the preprocessing fitted on the training split.</summary>
internal sealed class TrainDataPreprocessorParameters
{
    public bool DropNa { get; init; } = true;
    public bool Normalize { get; init; } = true;
    public List<string> DropColumns { get; init; } = [];
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>The model block of inference_config.yaml: which model, and which version of it by stage.</summary>
internal sealed class ModelReference
{
    public string Name { get; init; } = "";

    /// <summary>The stage whose version scores the data (staging or production).</summary>
    public string Version { get; init; } = "";
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Etl;

/// <summary>Applies the preprocessing fitted during training to the inference rows.</summary>
internal sealed class InferenceDataPreprocessor
{
    public Dataset Run(Dataset inference) => inference with { Name = "inference_dataset" };
}

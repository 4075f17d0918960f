#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Steps.Training;

/// <summary>The trained model (artifact <c>model</c>).</summary>
internal sealed record TrainedModel(ModelSpec Spec);

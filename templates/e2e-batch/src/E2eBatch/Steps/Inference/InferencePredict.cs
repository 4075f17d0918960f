#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Steps.Etl;
using E2eBatch.Steps.Training;

namespace E2eBatch.Steps.Inference;

/// <summary>Scores the inference rows with the model version in the target stage (artifact <c>predictions</c>).</summary>
internal sealed class InferencePredict
{
    public Dataset Run(TrainedModel model, Dataset inference) => inference with { Name = "predictions" };
}

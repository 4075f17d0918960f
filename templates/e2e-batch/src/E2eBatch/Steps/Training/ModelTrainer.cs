#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Steps.Etl;

namespace E2eBatch.Steps.Training;

/// <summary>Trains the chosen trainer on the training split.</summary>
internal sealed class ModelTrainer
{
    public TrainedModel Run(ModelSpec spec, Dataset train) => new(spec);
}

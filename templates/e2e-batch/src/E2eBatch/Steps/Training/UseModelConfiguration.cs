#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Modelplane.ML.Training;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Training;

/// <summary>Records the trainer and hyperparameters from parameters.model_configuration as the model to train (<c>best_model</c>).</summary>
internal sealed record UseModelConfiguration(TrainerConfig Configuration) : Step<UseModelConfiguration.Output>
{
    internal sealed record Output(Artifact<TrainerConfig> BestModel);

    protected override Output Run(StepContext context) => new(context.Output("best_model", Configuration));
}

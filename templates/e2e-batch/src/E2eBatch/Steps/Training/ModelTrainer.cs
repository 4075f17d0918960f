#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.Artifacts;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Training;
using Modelplane.Metadata;
using Modelplane.Pipelines;
using Trainer = Modelplane.ML.Training.ModelTrainer;

namespace E2eBatch.Steps.Training;

/// <summary>
/// Trains the chosen trainer on the training rows behind the fitted preprocessing (<c>model</c>), so the
/// model scores raw rows exactly as training saw them.
/// </summary>
internal sealed record ModelTrainer(Artifact<IDataView> Train, Artifact<FittedPreprocessor> Preprocessor, Artifact<TrainerConfig> Config, int RandomState)
    : Step<ModelTrainer.Output>
{
    internal sealed record Output(Artifact<TrainedModel> Model);

    protected override Output Run(StepContext context)
    {
        var model = Trainer.Train(Train.Value, Preprocessor.Value, Config.Value, RandomState);
        context.LogModelMetadata("trainer", model.Trainer);
        context.LogModelMetadata("hyperparameters", MetadataValue.Json(model.Hyperparameters));
        return new Output(context.Output("model", model, ArtifactKind.Model));
    }
}

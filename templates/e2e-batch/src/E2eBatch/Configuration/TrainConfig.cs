#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>configs/train_config.yaml: everything the training pipeline reads.</summary>
internal sealed class TrainConfig
{
    public ModelConfig Model { get; init; } = new();
    public DataConfig Data { get; init; } = new();
    public StoreConfig Store { get; init; } = new();
    public TrainingStepsConfig Steps { get; init; } = new();
#if (notifications)
    public AlertsConfig Alerts { get; init; } = new();
#endif
    public TrainingParameters Parameters { get; init; } = new();

    public void Validate(string source)
    {
        ProductName.Validate(Model.Name, source);
        Data.Validate(source);
        TargetStage.Parse(Parameters.TargetEnv, $"{source}: parameters.target_env");
#if (hyperparameterTuning)
        if (Parameters.ModelSearchSpace.Count == 0)
        {
            throw new ConfigurationException($"{source}: parameters.model_search_space is empty. List at least one trainer to search.");
        }

        foreach (var (name, entry) in Parameters.ModelSearchSpace)
        {
            Trainers.Validate(entry.Trainer, $"{source}: parameters.model_search_space.{name}.trainer");
        }
#else
        Trainers.Validate(Parameters.ModelConfiguration.Trainer, $"{source}: parameters.model_configuration.trainer");
#endif
    }
}

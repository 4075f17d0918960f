#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>configs/inference_config.yaml: everything the batch-inference pipeline reads.</summary>
internal sealed class InferenceConfig
{
    public ModelReference Model { get; init; } = new();
    public DataConfig Data { get; init; } = new();
    public StoreConfig Store { get; init; } = new();
#if (dataQualityChecks)
    public InferenceStepsConfig Steps { get; init; } = new();
#endif
#if (notifications)
    public AlertsConfig Alerts { get; init; } = new();
#endif

    public void Validate(string source)
    {
        ProductName.Validate(Model.Name, source);
        Data.Validate(source);
        TargetStage.Parse(Model.Version, $"{source}: model.version");
    }
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;

namespace E2eBatch.Tests;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string projectFolder = ProjectFolder.Find(AppContext.BaseDirectory);
    private readonly string scratchFolder = Directory.CreateTempSubdirectory("E2eBatch.Tests").FullName;

    private string TrainConfigPath => Path.Combine(projectFolder, "configs", "train_config.yaml");
    private string InferenceConfigPath => Path.Combine(projectFolder, "configs", "inference_config.yaml");

    public void Dispose() => Directory.Delete(scratchFolder, recursive: true);

    [Fact]
    public void The_shipped_configs_load_and_name_the_same_model()
    {
        var train = ConfigLoader.LoadTrainConfig(TrainConfigPath);
        var inference = ConfigLoader.LoadInferenceConfig(InferenceConfigPath);

        Assert.Equal(train.Model.Name, inference.Model.Name);
        Assert.True(File.Exists(Path.Combine(projectFolder, train.Data.Path)), $"data.path '{train.Data.Path}' does not exist");
    }

    [Fact]
    public void Inference_reads_the_stage_that_training_promotes_to()
    {
        var train = ConfigLoader.LoadTrainConfig(TrainConfigPath);
        var inference = ConfigLoader.LoadInferenceConfig(InferenceConfigPath);

        Assert.Equal(train.Parameters.TargetEnv, inference.Model.Version);
    }

    [Fact]
    public void An_unknown_key_is_an_error_naming_the_file_and_line()
    {
        var path = Path.Combine(scratchFolder, "train_config.yaml");
        File.WriteAllText(path, File.ReadAllText(TrainConfigPath) + "\nmodel_serach_space: {}\n");

        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.LoadTrainConfig(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("line", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_it()
    {
        var path = Path.Combine(scratchFolder, "missing.yaml");

        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.LoadInferenceConfig(path));

        Assert.Contains(path, error.Message);
    }

    [Theory]
    [InlineData("bad name")]
    [InlineData("1model")]
    [InlineData("model-name")]
    [InlineData("")]
    public void An_invalid_product_name_is_rejected_with_the_name_in_the_message(string name)
    {
        var error = Assert.Throws<ConfigurationException>(() => ProductName.Validate(name, "train_config.yaml"));

        Assert.Contains($"'{name}'", error.Message);
    }

    [Fact]
    public void A_target_stage_other_than_staging_or_production_is_rejected()
    {
        var path = Path.Combine(scratchFolder, "train_config.yaml");
        File.WriteAllText(path, File.ReadAllText(TrainConfigPath).Replace("target_env: ", "target_env: archived #"));

        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.LoadTrainConfig(path));

        Assert.Contains("archived", error.Message);
    }
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;

namespace E2eBatch.Tests;

public sealed class SearchSpaceTests : IDisposable
{
    private readonly string projectFolder = ProjectFolder.Find(AppContext.BaseDirectory);
    private readonly string scratchFolder = Directory.CreateTempSubdirectory("E2eBatch.Tests").FullName;

    public void Dispose() => Directory.Delete(scratchFolder, recursive: true);

    [Fact]
    public void Every_shipped_search_uses_a_supported_trainer_and_valid_dimensions()
    {
        var config = ConfigLoader.LoadTrainConfig(Path.Combine(projectFolder, "configs", "train_config.yaml"));

        Assert.NotEmpty(config.Parameters.ModelSearchSpace);
        foreach (var (name, entry) in config.Parameters.ModelSearchSpace)
        {
            Assert.Contains(entry.Trainer, Trainers.Supported);
            Assert.NotEmpty(entry.SearchSpace);
            foreach (var (parameter, dimension) in entry.SearchSpace)
            {
                var valid = dimension.IsRange ? dimension.Min < dimension.Max : dimension.Choices!.Count > 0;
                Assert.True(valid, $"{name}.{parameter} is not a valid search dimension");
            }
        }
    }

    [Fact]
    public void A_range_without_max_is_an_error_naming_the_file()
    {
        var path = Path.Combine(scratchFolder, "train_config.yaml");
        var text = File.ReadAllText(Path.Combine(projectFolder, "configs", "train_config.yaml"))
            .Replace("number_of_trees: {min: 20, max: 200}", "number_of_trees: {min: 20}");
        File.WriteAllText(path, text);

        var error = Assert.Throws<ConfigurationException>(() => ConfigLoader.LoadTrainConfig(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("min < max", error.Message);
    }
}

#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Configuration;
using E2eBatch.Pipelines;
using Modelplane;

namespace E2eBatch.Tests;

/// <summary>
/// A copy of the project's configs and data in a temporary folder with its own store, so a test runs the real
/// pipelines without touching the project's .modelplane/ or out/. Searches are cut to a few trials to keep tests fast.
/// </summary>
internal sealed class TestProject : IAsyncDisposable
{
    private TestProject(string folder, ModelplaneClient client)
    {
        Folder = folder;
        Client = client;
    }

    public string Folder { get; }

    public ModelplaneClient Client { get; }

    public string OutputFolder => Path.Combine(Folder, "out");

    public static async Task<TestProject> CreateAsync()
    {
        var source = ProjectFolder.Find(AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("E2eBatch.Tests").FullName;
        foreach (var sub in new[] { "configs", "data" })
        {
            Directory.CreateDirectory(Path.Combine(folder, sub));
            foreach (var file in Directory.GetFiles(Path.Combine(source, sub)))
            {
                File.Copy(file, Path.Combine(folder, sub, Path.GetFileName(file)));
            }
        }

        var project = new TestProject(folder, await ModelplaneStore.OpenAsync(Path.Combine(folder, ModelplaneClient.DefaultStoreFolder)));
        project.EditConfig("train_config.yaml", text => text.Replace("trials: 10", "trials: 2").Replace("cross_validation_folds: 3", "cross_validation_folds: 2"));
        return project;
    }

    public void EditConfig(string name, Func<string, string> edit)
    {
        var path = Path.Combine(Folder, "configs", name);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

    public TrainConfig TrainConfig => ConfigLoader.LoadTrainConfig(Path.Combine(Folder, "configs", "train_config.yaml"));

    public InferenceConfig InferenceConfig => ConfigLoader.LoadInferenceConfig(Path.Combine(Folder, "configs", "inference_config.yaml"));

    public Task<TrainingResult> TrainAsync(TrainingOverrides? overrides = null) =>
        new TrainingPipeline(TrainConfig, Folder, overrides ?? new TrainingOverrides()).RunAsync(Client, cache: true);

    public Task<InferenceResult> InferAsync() => new BatchInferencePipeline(InferenceConfig, Folder).RunAsync(Client, cache: true);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}

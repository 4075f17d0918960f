using Modelplane.Artifacts;
using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Commands;

public sealed class ArtifactCommandsTests : IAsyncLifetime
{
    private TrainedStore _store = null!;

    public async Task InitializeAsync() => _store = await TrainedStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [Fact]
    public async Task Show_json_gives_metadata_producer_consumers_and_linked_versions()
    {
        var details = (await _store.RunAsync("artifact", "show", TrainedStore.DatasetArtifact, "--json")).Json();

        var artifact = details.GetProperty("artifact");
        Assert.Equal(_store.Dataset.Id, artifact.GetProperty("id").GetGuid());
        Assert.Equal(1, artifact.GetProperty("version").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", artifact.GetProperty("contentHash").GetString());
        var rows = details.GetProperty("metadata").GetProperty("rows");
        Assert.Equal("integer", rows.GetProperty("type").GetString());
        Assert.Equal("2", rows.GetProperty("value").GetString());
        Assert.Equal("data_loader", details.GetProperty("producer").GetProperty("step").GetString());
        Assert.Equal(_store.Runs[0].Id, details.GetProperty("producer").GetProperty("pipelineRunId").GetGuid());
        Assert.Equal(3, details.GetProperty("consumers").GetArrayLength());
        Assert.All(details.GetProperty("consumers").EnumerateArray(), c => Assert.Equal("model_trainer", c.GetProperty("step").GetString()));
        Assert.Equal([1, 2, 3], details.GetProperty("linkedModelVersions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).Order());
    }

    [Fact]
    public async Task Show_a_version_by_number_as_a_table()
    {
        var result = (await _store.RunAsync("artifact", "show", TrainedStore.ModelArtifact, "--version", "2")).ExpectExit(0);

        Assert.Contains("model version 2", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("model_trainer", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_the_content_after_verifying_its_hash()
    {
        var target = Path.Combine(_store.ProjectFolder, "exported", "dataset.csv");

        var export = (await _store.RunAsync("artifact", "export", _store.Dataset.Id.ToString(), "-o", target, "--json")).Json();

        Assert.Equal(TrainedStore.DatasetContent, await File.ReadAllTextAsync(target));
        Assert.Equal(await ContentHash.OfFileAsync(target), export.GetProperty("contentHash").GetString());
        Assert.Equal(target, export.GetProperty("path").GetString());
    }

    [Fact]
    public async Task Export_of_a_corrupted_file_exits_1_and_writes_nothing()
    {
        await using (var client = await _store.OpenAsync())
        {
            var stored = await client.ArtifactStore.GetLocalPathAsync(_store.Dataset.ContentHash);
            File.SetAttributes(stored, FileAttributes.Normal);
            await File.AppendAllTextAsync(stored, "tampered\n");
        }

        var target = Path.Combine(_store.ProjectFolder, "dataset.csv");
        var result = (await _store.RunAsync("artifact", "export", TrainedStore.DatasetArtifact, "-o", target)).ExpectExit(1);

        Assert.Contains("is corrupt", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Export_does_not_overwrite_without_being_asked()
    {
        var target = Path.Combine(_store.ProjectFolder, "keep.txt");
        await File.WriteAllTextAsync(target, "mine");

        (await _store.RunAsync("artifact", "export", TrainedStore.ModelArtifact, "-o", target)).ExpectExit(4);
        Assert.Equal("mine", await File.ReadAllTextAsync(target));

        (await _store.RunAsync("artifact", "export", TrainedStore.ModelArtifact, "-o", target, "--overwrite")).ExpectExit(0);
        Assert.Equal("model trained by run 3", await File.ReadAllTextAsync(target));
    }

    [Fact]
    public async Task An_unknown_artifact_exits_3()
    {
        var result = (await _store.RunAsync("artifact", "show", "nothing_here")).ExpectExit(3);

        Assert.Contains("no artifact named 'nothing_here'", result.StandardError, StringComparison.Ordinal);
    }
}

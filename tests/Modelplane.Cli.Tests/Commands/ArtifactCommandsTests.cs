using Modelplane.Artifacts;
using Modelplane.Cli.Tests.Infrastructure;
using Modelplane.Cli.Tests.Trained;

namespace Modelplane.Cli.Tests.Commands;

/// <summary><c>artifact show</c> and <c>artifact export</c> against the trained project.</summary>
[Collection(TrainedProjectCollection.Name)]
public sealed class ArtifactCommandsTests(TrainedProjectFixture project)
{
    private const string Predictions = TrainedProjectFixture.PredictionsArtifact;

    [Fact]
    public async Task Show_json_of_the_predictions_gives_the_inference_step_as_producer_and_the_staged_version()
    {
        ArtifactVersion stored;
        await using (var client = await project.OpenAsync())
        {
            stored = await client.GetArtifactAsync(Predictions);
        }

        var details = (await project.RunAsync("artifact", "show", Predictions, "--json")).Json();

        var artifact = details.GetProperty("artifact");
        Assert.Equal(stored.Id, artifact.GetProperty("id").GetGuid());
        Assert.Equal(Predictions, artifact.GetProperty("name").GetString());
        Assert.Equal(stored.Version, artifact.GetProperty("version").GetInt32());
        Assert.Equal("data", artifact.GetProperty("kind").GetString());
        Assert.Equal(stored.MaterializerId, artifact.GetProperty("materializer").GetString());
        Assert.Equal(await ContentHash.OfFileAsync(project.PredictionsFile), artifact.GetProperty("contentHash").GetString());
        Assert.Equal(new FileInfo(project.PredictionsFile).Length, artifact.GetProperty("size").GetInt64());
        Assert.Equal(System.Text.Json.JsonValueKind.Object, details.GetProperty("metadata").ValueKind);
        var producer = details.GetProperty("producer");
        Assert.Equal("inference_predict", producer.GetProperty("step").GetString());
        Assert.Equal(project.InferenceRun.Id, producer.GetProperty("pipelineRunId").GetGuid());
        Assert.Equal("completed", producer.GetProperty("status").GetString());
        Assert.Equal(0, details.GetProperty("consumers").GetArrayLength());
        var linked = Assert.Single(details.GetProperty("linkedModelVersions").EnumerateArray());
        Assert.Equal(TrainedProjectFixture.ModelName, linked.GetProperty("model").GetString());
        Assert.Equal(project.InferenceRun.ModelVersionId, linked.GetProperty("id").GetGuid());
        Assert.Equal("staging", linked.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Show_json_of_the_dataset_lists_its_consumers_and_both_versions_that_used_it()
    {
        ArtifactVersion stored;
        IReadOnlyList<Guid> consumers;
        await using (var client = await project.OpenAsync())
        {
            stored = await client.GetArtifactAsync(TrainedProjectFixture.DatasetArtifact);
            consumers = (await client.ListConsumersAsync(stored.Id)).Select(c => c.Id).ToList();
        }

        var details = (await project.RunAsync("artifact", "show", stored.Id.ToString(), "--json")).Json();

        Assert.Equal(TrainedProjectFixture.DatasetArtifact, details.GetProperty("artifact").GetProperty("name").GetString());
        var metadata = details.GetProperty("metadata");
        Assert.Equal(stored.Metadata.Keys.Order(), metadata.EnumerateObject().Select(m => m.Name).Order());
        // The loader records the table's shape as typed metadata.
        foreach (var key in new[] { "rows", "columns" })
        {
            Assert.Equal("integer", metadata.GetProperty(key).GetProperty("type").GetString());
            Assert.Equal(stored.Metadata[key].Text, metadata.GetProperty(key).GetProperty("value").GetString());
            Assert.True(int.Parse(metadata.GetProperty(key).GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        }

        Assert.Equal("data_loader", details.GetProperty("producer").GetProperty("step").GetString());
        Assert.Equal(project.TrainingRuns[0].Id, details.GetProperty("producer").GetProperty("pipelineRunId").GetGuid());
        Assert.NotEmpty(consumers);
        Assert.Equal(consumers.Order(), details.GetProperty("consumers").EnumerateArray().Select(c => c.GetProperty("stepRunId").GetGuid()).Order());
        Assert.Equal([1, 2], details.GetProperty("linkedModelVersions").EnumerateArray().Select(v => v.GetProperty("number").GetInt32()).Order());
    }

    [Fact]
    public async Task Show_as_a_table_names_each_reader_with_its_run_so_a_cached_rerun_is_told_apart()
    {
        IReadOnlyList<Modelplane.Runs.StepRunRecord> consumers;
        await using (var client = await project.OpenAsync())
        {
            consumers = await client.ListConsumersAsync((await client.GetArtifactAsync(TrainedProjectFixture.DatasetArtifact)).Id);
        }

        var result = (await project.RunAsync("artifact", "show", TrainedProjectFixture.DatasetArtifact)).ExpectExit(0);

        Assert.Contains(consumers, c => c.PipelineRunId == project.TrainingRuns[1].Id);
        Assert.All(consumers, c => Assert.Contains($"step {c.StepName} of run {c.PipelineRunId}", result.StandardOutput, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Show_an_older_version_by_number_as_a_table()
    {
        // Each per-trainer search writes a version of hp_result; version 2 is the second search to finish.
        ArtifactVersion second;
        string producerStep;
        await using (var client = await project.OpenAsync())
        {
            second = await client.GetArtifactAsync("hp_result", 2);
            producerStep = (await client.FindProducerAsync(second.Id))!.StepName;
        }

        var result = (await project.RunAsync("artifact", "show", "hp_result", "--version", "2")).ExpectExit(0);

        Assert.Contains(second.Id.ToString(), result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(producerStep, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"{TrainedProjectFixture.ModelName} version 1", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_the_predictions_writes_the_csv_the_inference_run_wrote()
    {
        using var folder = new TemporaryFolder();
        var target = Path.Combine(folder.Path, "exported", "predictions.csv");

        var export = (await project.RunAsync("artifact", "export", Predictions, "-o", target, "--json")).Json();

        Assert.Equal(await File.ReadAllBytesAsync(project.PredictionsFile), await File.ReadAllBytesAsync(target));
        Assert.Equal(await ContentHash.OfFileAsync(target), export.GetProperty("contentHash").GetString());
        Assert.Equal(target, export.GetProperty("path").GetString());
        Assert.Equal(Predictions, export.GetProperty("name").GetString());
        Assert.Equal(new FileInfo(target).Length, export.GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task Export_of_a_corrupted_file_exits_1_and_writes_nothing()
    {
        using var store = project.CopyStore();
        await using (var client = await store.OpenAsync())
        {
            var stored = await client.ArtifactStore.GetLocalPathAsync((await client.GetArtifactAsync(Predictions)).ContentHash);
            File.SetAttributes(stored, FileAttributes.Normal);
            await File.AppendAllTextAsync(stored, "tampered\n");
        }

        var target = Path.Combine(store.ProjectFolder, "predictions.csv");
        var result = (await store.RunAsync("artifact", "export", Predictions, "-o", target)).ExpectExit(1);

        Assert.Contains("is corrupt", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Export_does_not_overwrite_without_being_asked()
    {
        using var folder = new TemporaryFolder();
        var target = Path.Combine(folder.Path, "keep.csv");
        await File.WriteAllTextAsync(target, "mine");

        (await project.RunAsync("artifact", "export", Predictions, "-o", target)).ExpectExit(4);
        Assert.Equal("mine", await File.ReadAllTextAsync(target));

        (await project.RunAsync("artifact", "export", Predictions, "-o", target, "--overwrite")).ExpectExit(0);
        Assert.Equal(await File.ReadAllBytesAsync(project.PredictionsFile), await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task An_unknown_artifact_exits_3()
    {
        var result = (await project.RunAsync("artifact", "show", "nothing_here")).ExpectExit(3);

        Assert.Contains("no artifact named 'nothing_here'", result.StandardError, StringComparison.Ordinal);
    }
}

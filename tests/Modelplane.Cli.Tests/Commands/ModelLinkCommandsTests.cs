using System.Text.Json;
using Modelplane.Artifacts;
using Modelplane.Cli.Tests.Trained;

namespace Modelplane.Cli.Tests.Commands;

/// <summary><c>model runs</c> and <c>model data-/model-/deployment-artifacts</c> against the trained project.</summary>
[Collection(TrainedProjectCollection.Name)]
public sealed class ModelLinkCommandsTests(TrainedProjectFixture project)
{
    private const string Model = TrainedProjectFixture.ModelName;

    [Fact]
    public async Task Data_artifacts_default_to_the_latest_version_and_include_cache_hits_and_predictions()
    {
        IReadOnlyList<ArtifactVersion> linked;
        Guid firstRun;
        await using (var client = await project.OpenAsync())
        {
            var latest = await client.GetVersionAsync(Model, "latest");
            linked = await client.ListLinkedArtifactsAsync(latest.Id, ArtifactKind.Data);
            firstRun = project.TrainingRuns[0].Id;
            var datasetProducer = await client.FindProducerAsync(linked.Single(a => a.Name == TrainedProjectFixture.DatasetArtifact).Id);
            // Version 2's training was served from cache: its dataset is the one run 1 produced.
            Assert.Equal(firstRun, datasetProducer!.PipelineRunId);
        }

        var artifacts = (await project.RunAsync("model", "data-artifacts", Model, "--json")).Json().EnumerateArray().ToList();

        Assert.Equal(linked.Select(a => a.Id).Order(), artifacts.Select(a => a.GetProperty("id").GetGuid()).Order());
        Assert.Contains(artifacts, a => a.GetProperty("name").GetString() == TrainedProjectFixture.PredictionsArtifact);
        var dataset = artifacts.Single(a => a.GetProperty("name").GetString() == TrainedProjectFixture.DatasetArtifact);
        var stored = linked.Single(a => a.Name == TrainedProjectFixture.DatasetArtifact);
        Assert.Equal("data", dataset.GetProperty("kind").GetString());
        Assert.Equal(stored.Version, dataset.GetProperty("version").GetInt32());
        Assert.Equal(stored.ContentHash, dataset.GetProperty("contentHash").GetString());
        Assert.Equal(stored.Size, dataset.GetProperty("size").GetInt64());
        Assert.Equal(stored.MaterializerId, dataset.GetProperty("materializer").GetString());
        Assert.Equal(stored.ProducerStepRunId, dataset.GetProperty("producerStepRunId").GetGuid());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("archived")]
    [InlineData("staging")]
    public async Task The_three_kinds_together_list_exactly_the_artifacts_linked_to_the_version(string selector)
    {
        IReadOnlyList<ArtifactVersion> linked;
        await using (var client = await project.OpenAsync())
        {
            linked = await client.ListLinkedArtifactsAsync((await client.GetVersionAsync(Model, selector)).Id);
        }

        var listed = new List<JsonElement>();
        foreach (var (command, kind) in new[] { ("data-artifacts", "data"), ("model-artifacts", "model"), ("deployment-artifacts", "deployment") })
        {
            var artifacts = (await project.RunAsync("model", command, Model, "-v", selector, "--json")).Json().EnumerateArray().ToList();
            Assert.All(artifacts, a => Assert.Equal(kind, a.GetProperty("kind").GetString()));
            listed.AddRange(artifacts);
        }

        Assert.Equal(linked.Select(a => a.Id).Order(), listed.Select(a => a.GetProperty("id").GetGuid()).Order());
        Assert.Contains(listed, a => a.GetProperty("name").GetString() == TrainedProjectFixture.ModelArtifact);
    }

    [Fact]
    public async Task Model_artifacts_as_a_table_show_the_trained_model_and_its_preprocessor()
    {
        IReadOnlyList<ArtifactVersion> models;
        await using (var client = await project.OpenAsync())
        {
            models = await client.ListLinkedArtifactsAsync((await client.GetVersionAsync(Model, "staging")).Id, ArtifactKind.Model);
        }

        var table = (await project.RunAsync("model", "model-artifacts", Model, "-v", "staging")).ExpectExit(0);

        Assert.Contains($"{Model} version 2", table.StandardOutput, StringComparison.Ordinal);
        Assert.NotEmpty(models);
        Assert.All(models, m =>
        {
            Assert.Contains(m.Name, table.StandardOutput, StringComparison.Ordinal);
            Assert.Contains(m.Id.ToString(), table.StandardOutput, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Runs_of_a_version_are_the_training_and_the_inference_that_used_it()
    {
        var staging = (await project.RunAsync("model", "runs", Model, "-v", "staging", "--json")).Json().EnumerateArray().ToList();
        var archived = (await project.RunAsync("model", "runs", Model, "-v", "1", "--json")).Json().EnumerateArray().ToList();

        Assert.Equal(
            new[] { project.InferenceRun.Id, project.TrainingRuns[1].Id }.Order(),
            staging.Select(r => r.GetProperty("id").GetGuid()).Order());
        Assert.Equal(
            [TrainedProjectFixture.InferencePipeline, TrainedProjectFixture.TrainingPipeline],
            staging.Select(r => r.GetProperty("pipeline").GetString()).Order());
        Assert.All(staging, r => Assert.Equal(project.TrainingRuns[1].ModelVersionId, r.GetProperty("modelVersionId").GetGuid()));
        Assert.Equal(project.TrainingRuns[0].Id, Assert.Single(archived).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task An_empty_stage_exits_3_naming_the_model_the_stage_and_how_to_fill_it()
    {
        var result = (await project.RunAsync("model", "runs", Model, "-v", "production")).ExpectExit(3);

        Assert.Contains($"Model '{Model}' has no version in stage 'production'", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--stage production", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_or_version_name_exits_3()
    {
        var model = (await project.RunAsync("model", "data-artifacts", "nope")).ExpectExit(3);
        Assert.Contains("Model 'nope' does not exist", model.StandardError, StringComparison.Ordinal);

        var version = (await project.RunAsync("model", "data-artifacts", Model, "-v", "blue-fox")).ExpectExit(3);
        Assert.Contains("no version named 'blue-fox'", version.StandardError, StringComparison.Ordinal);
    }
}

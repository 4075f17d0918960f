using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Commands;

public sealed class ModelLinkCommandsTests : IAsyncLifetime
{
    private const string Model = TrainedStore.ModelName;
    private TrainedStore _store = null!;

    public async Task InitializeAsync() => _store = await TrainedStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [Fact]
    public async Task Data_artifacts_default_to_the_latest_version_and_include_cache_hits()
    {
        var artifacts = (await _store.RunAsync("model", "data-artifacts", Model, "--json")).Json();

        var dataset = Assert.Single(artifacts.EnumerateArray());
        Assert.Equal(TrainedStore.DatasetArtifact, dataset.GetProperty("name").GetString());
        Assert.Equal(_store.Dataset.Id, dataset.GetProperty("id").GetGuid());
        Assert.Equal("data", dataset.GetProperty("kind").GetString());
        Assert.Equal(_store.Dataset.ContentHash, dataset.GetProperty("contentHash").GetString());
        Assert.Equal(_store.Dataset.Size, dataset.GetProperty("size").GetInt64());
        Assert.Equal("modelplane.string", dataset.GetProperty("materializer").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, dataset.GetProperty("producerStepRunId").ValueKind);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("production", 1)]
    [InlineData("staging", 2)]
    [InlineData("latest", 3)]
    public async Task Model_artifacts_of_the_version_picked_by_number_stage_or_latest(string selector, int expectedArtifactVersion)
    {
        var artifacts = (await _store.RunAsync("model", "model-artifacts", Model, "-v", selector, "--json")).Json();

        var model = Assert.Single(artifacts.EnumerateArray());
        Assert.Equal(TrainedStore.ModelArtifact, model.GetProperty("name").GetString());
        Assert.Equal("model", model.GetProperty("kind").GetString());
        Assert.Equal(expectedArtifactVersion, model.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Deployment_artifacts_of_a_version_picked_by_id_and_as_a_table()
    {
        var artifacts = (await _store.RunAsync("model", "deployment-artifacts", Model, "--version", _store.Versions[1].Id.ToString(), "--json")).Json();
        var deployment = Assert.Single(artifacts.EnumerateArray());
        Assert.Equal(TrainedStore.DeploymentArtifact, deployment.GetProperty("name").GetString());
        Assert.Equal("deployment", deployment.GetProperty("kind").GetString());

        var table = (await _store.RunAsync("model", "deployment-artifacts", Model, "-v", "2")).ExpectExit(0);
        Assert.Contains(TrainedStore.DeploymentArtifact, table.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(deployment.GetProperty("id").GetString()!, table.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Runs_of_a_version()
    {
        var runs = (await _store.RunAsync("model", "runs", Model, "-v", "staging", "--json")).Json();

        var run = Assert.Single(runs.EnumerateArray());
        Assert.Equal($"{TrainedStore.TrainingPipeline}_run_2", run.GetProperty("name").GetString());
        Assert.Equal(_store.Versions[1].Id, run.GetProperty("modelVersionId").GetGuid());
    }

    [Fact]
    public async Task An_empty_stage_exits_3_naming_the_model_the_stage_and_how_to_fill_it()
    {
        var result = (await _store.RunAsync("model", "runs", Model, "-v", "archived")).ExpectExit(3);

        Assert.Contains("Model 'churn' has no version in stage 'archived'", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--stage archived", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_model_or_version_name_exits_3()
    {
        var model = (await _store.RunAsync("model", "data-artifacts", "nope")).ExpectExit(3);
        Assert.Contains("Model 'nope' does not exist", model.StandardError, StringComparison.Ordinal);

        var version = (await _store.RunAsync("model", "data-artifacts", Model, "-v", "blue-fox")).ExpectExit(3);
        Assert.Contains("no version named 'blue-fox'", version.StandardError, StringComparison.Ordinal);
    }
}

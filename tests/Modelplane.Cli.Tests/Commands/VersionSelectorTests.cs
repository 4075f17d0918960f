using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Commands;

/// <summary>
/// Version selectors, on the store made through the library API: there each version has a model
/// artifact of its own (a real second training reuses the first model from cache, so its versions
/// cannot be told apart by their artifacts), one is in production, and there are deployment
/// artifacts, which the e2e-batch project does not write.
/// </summary>
public sealed class VersionSelectorTests : IAsyncLifetime
{
    private const string Model = ApiMadeStore.ModelName;
    private ApiMadeStore _store = null!;

    public async Task InitializeAsync() => _store = await ApiMadeStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [Theory]
    [InlineData("1", 1)]
    [InlineData("production", 1)]
    [InlineData("staging", 2)]
    [InlineData("latest", 3)]
    public async Task Model_artifacts_of_the_version_picked_by_number_stage_or_latest(string selector, int expectedArtifactVersion)
    {
        var artifacts = (await _store.RunAsync("model", "model-artifacts", Model, "-v", selector, "--json")).Json();

        var model = Assert.Single(artifacts.EnumerateArray());
        Assert.Equal(ApiMadeStore.ModelArtifact, model.GetProperty("name").GetString());
        Assert.Equal("model", model.GetProperty("kind").GetString());
        Assert.Equal(expectedArtifactVersion, model.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Deployment_artifacts_of_a_version_picked_by_id_and_as_a_table()
    {
        var artifacts = (await _store.RunAsync("model", "deployment-artifacts", Model, "--version", _store.Versions[1].Id.ToString(), "--json")).Json();
        var deployment = Assert.Single(artifacts.EnumerateArray());
        Assert.Equal(ApiMadeStore.DeploymentArtifact, deployment.GetProperty("name").GetString());
        Assert.Equal("deployment", deployment.GetProperty("kind").GetString());

        var table = (await _store.RunAsync("model", "deployment-artifacts", Model, "-v", "2")).ExpectExit(0);
        Assert.Contains(ApiMadeStore.DeploymentArtifact, table.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(deployment.GetProperty("id").GetString()!, table.StandardOutput, StringComparison.Ordinal);
    }
}

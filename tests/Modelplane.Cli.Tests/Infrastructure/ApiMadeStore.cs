using Modelplane.Artifacts;
using Modelplane.Models;

namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>
/// A project folder whose <c>.modelplane</c> store is made through the library API, for what a real
/// training run does not leave behind (the trained project, <see cref="Trained.TrainedProjectFixture"/>,
/// covers the rest): model <see cref="ModelName"/> with versions 1-3, each with a model artifact of its
/// own and a deployment artifact, version 1 in production and version 2 in staging.
/// </summary>
public sealed class ApiMadeStore : IAsyncDisposable
{
    public const string ModelName = "churn";
    public const string ModelArtifact = "model";
    public const string DeploymentArtifact = "deployment_info";

    private readonly TemporaryFolder _folder = new();

    private ApiMadeStore()
    {
    }

    /// <summary>The project folder (the store is its .modelplane subfolder).</summary>
    public string ProjectFolder => _folder.Path;

    public string StoreFolder => System.IO.Path.Combine(ProjectFolder, ModelplaneClient.DefaultStoreFolder);

    /// <summary>The three versions, oldest first.</summary>
    public IReadOnlyList<ModelVersion> Versions { get; private set; } = [];

    public static async Task<ApiMadeStore> CreateAsync()
    {
        var store = new ApiMadeStore();
        await store.PopulateAsync();
        return store;
    }

    /// <summary>Runs the command line in the project folder, where store discovery finds the store.</summary>
    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(ProjectFolder, null, args);

    public ValueTask DisposeAsync()
    {
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task PopulateAsync()
    {
        await using var client = await ModelplaneClient.OpenAsync(StoreFolder);
        var spec = new ModelSpec(ModelName) { Description = "Predicts customer churn." };
        var versions = new List<ModelVersion>();
        for (var number = 1; number <= 3; number++)
        {
            var version = await client.CreateVersionAsync(spec);
            await client.SaveArtifactAsync(ModelArtifact, $"model of version {number}", new ArtifactSaveOptions { Kind = ArtifactKind.Model, LinkToModelVersionId = version.Id });
            await client.SaveArtifactAsync(DeploymentArtifact, $"{{\"endpoint\":\"batch\",\"version\":{number}}}", new ArtifactSaveOptions { Kind = ArtifactKind.Deployment, LinkToModelVersionId = version.Id });
            versions.Add(version);
        }

        await client.SetStageAsync(versions[0].Id, Stage.Production);
        await client.SetStageAsync(versions[1].Id, Stage.Staging);
        Versions = versions;
    }
}

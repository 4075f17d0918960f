using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Trained;

/// <summary>A project folder holding a copy of the trained project's store; deleted when the test ends.</summary>
public sealed class StoreCopy : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public string ProjectFolder => _folder.Path;

    public string StoreFolder => Path.Combine(ProjectFolder, ModelplaneClient.DefaultStoreFolder);

    public Task<ModelplaneClient> OpenAsync() => ModelplaneClient.OpenAsync(StoreFolder);

    /// <summary>Runs the command line in the copy's folder, where store discovery finds the copy.</summary>
    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(ProjectFolder, null, args);

    public void Dispose() => _folder.Dispose();
}

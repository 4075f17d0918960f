using Modelplane.Models;

namespace Modelplane.Pipelines.Tests;

/// <summary>A real embedded store (SQLite file and artifact folder) in a temp folder, deleted on dispose.</summary>
internal sealed class TestStore : IAsyncDisposable
{
    private TestStore(string folder, ModelplaneClient client)
    {
        Folder = folder;
        Client = client;
    }

    public string Folder { get; }

    public ModelplaneClient Client { get; }

    public static ModelSpec Model { get; } = new("numbers_model") { Description = "Test model" };

    public static async Task<TestStore> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "modelplane-pipeline-tests", Guid.NewGuid().ToString("N"));
        return new TestStore(folder, await ModelplaneClient.OpenAsync(folder));
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only delays cleanup of a temp folder; it is not a test failure.
        }
    }
}

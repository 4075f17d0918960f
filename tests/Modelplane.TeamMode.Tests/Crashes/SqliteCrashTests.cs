using Microsoft.Data.Sqlite;
using Modelplane.Artifacts;
using Modelplane.Runs;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.Crashes;

/// <summary>A process killed (SIGKILL) while it writes to the embedded store leaves the store consistent.</summary>
public sealed class SqliteCrashTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string StoreFolder => Path.Combine(_folder.Path, "store");

    private StoreUnderTest Store => new(StoreFolder, Path.Combine(StoreFolder, "artifacts"));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_writer_killed_mid_write_leaves_only_whole_verified_artifacts_and_a_sound_database()
    {
        using (var worker = Worker.Start(Store.Environment, "artifacts", "weights"))
        {
            // Kill it while it is busy: after a few saves, somewhere inside the next one.
            for (var saved = 0; saved < 5; saved++)
            {
                Assert.StartsWith("saved", await worker.ReadLineAsync());
            }

            await worker.KillAsync();
        }

        Assert.Equal("ok", IntegrityCheck(Path.Combine(StoreFolder, "modelplane.db")));
        await using var client = await Store.OpenAsync();
        var versions = await client.ListArtifactVersionsAsync("weights");
        Assert.True(versions.Count >= 5);
        Assert.Equal(Enumerable.Range(1, versions.Count), versions.Select(v => v.Version).Order());
        foreach (var version in versions)
        {
            var path = await client.GetVerifiedPathAsync(version);
            Assert.Equal(version.Size, new FileInfo(path).Length);
        }

        // Whatever the kill interrupted is at most a staging file: every file at a content address is whole.
        var store = (LocalArtifactStore)client.ArtifactStore;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(store.Root, "sha256"), "*", SearchOption.AllDirectories))
        {
            Assert.Equal(Path.GetFileName(file), await ContentHash.OfFileAsync(file));
        }
    }

    [Fact]
    public async Task A_run_left_running_by_a_killed_process_is_marked_abandoned()
    {
        Guid runId;
        using (var worker = Worker.Start(Store.Environment, "run", "training"))
        {
            runId = Guid.Parse((await worker.ReadLineAsync())!);
            await worker.KillAsync();
        }

        await using var client = await Store.OpenAsync();
        var mine = await client.MetadataStore.CreatePipelineRunAsync(new NewPipelineRun("alive", "training"));
        Assert.Equal(RunStatus.Running, (await client.GetRunAsync(runId)).Status);

        var marked = await client.MetadataStore.MarkAbandonedRunsAsync();

        var abandoned = Assert.Single(marked);
        Assert.Equal(runId, abandoned.Id);
        Assert.Equal(RunStatus.Failed, abandoned.Status);
        Assert.NotNull(abandoned.Ended);
        Assert.Contains("Abandoned", abandoned.Error);
        Assert.Equal(RunStatus.Running, (await client.GetRunAsync(mine.Id)).Status);
        Assert.Empty(await client.MetadataStore.MarkAbandonedRunsAsync());
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}

using Modelplane.Artifacts;
using Modelplane.Runs;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.Crashes;

/// <summary>
/// A process killed (SIGKILL: no finally blocks, no flushing) while it writes leaves the store
/// consistent, its locks released, and its run recognisable as abandoned. Derived once per store kind.
/// </summary>
public abstract class CrashTests
{
    protected abstract StoreUnderTest Store { get; }

    /// <summary>Store-specific checks of the database after the kill.</summary>
    protected abstract Task AssertDatabaseSoundAsync();

    [Fact]
    public async Task A_writer_killed_mid_write_leaves_only_whole_verified_artifacts_and_a_writable_store()
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

        await AssertDatabaseSoundAsync();
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

        // The dead writer holds no lock: the next write goes through and gets the next number.
        var next = await client.SaveArtifactAsync("weights", new byte[] { 1, 2, 3 });
        Assert.Equal(versions.Count + 1, next.Version);
    }

    [Fact]
    public async Task A_run_left_running_by_a_killed_process_is_marked_abandoned_with_its_steps()
    {
        Guid runId;
        using (var worker = Worker.Start(Store.Environment, "run", "training"))
        {
            runId = Guid.Parse((await worker.ReadLineAsync())!);
            await worker.KillAsync();
        }

        await using var client = await Store.OpenAsync();
        var step = await client.MetadataStore.CreateStepRunAsync(new NewStepRun(runId, "train"));
        var mine = await client.MetadataStore.CreatePipelineRunAsync(new NewPipelineRun("alive", "training"));
        Assert.Equal(RunStatus.Running, (await client.GetRunAsync(runId)).Status);

        var marked = await client.MetadataStore.MarkAbandonedRunsAsync();

        var abandoned = Assert.Single(marked);
        Assert.Equal(runId, abandoned.Id);
        Assert.Equal(RunStatus.Failed, abandoned.Status);
        Assert.NotNull(abandoned.Ended);
        Assert.Contains("Abandoned", abandoned.Error);
        var failedStep = await client.MetadataStore.FindStepRunAsync(step.Id);
        Assert.Equal(RunStatus.Failed, failedStep!.Status);
        Assert.Contains("Abandoned", failedStep.Error);
        // A run whose process lives (this one) is left alone, and marking twice finds nothing new.
        Assert.Equal(RunStatus.Running, (await client.GetRunAsync(mine.Id)).Status);
        Assert.Empty(await client.MetadataStore.MarkAbandonedRunsAsync());
    }
}

using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Models;
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

        await AssertEveryContentAddressedFileIsWholeAsync(client);

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

    [Fact]
    public async Task A_training_killed_mid_step_shows_no_output_of_that_step_and_the_next_run_reuses_the_completed_steps()
    {
        const string model = "crash_classifier";
        using var folder = new TempFolder();
        var marker = Path.Combine(folder.Path, "step-3-started");
        using (var worker = Worker.Start(Store.Environment, "pipeline", model, marker))
        {
            await WaitForMarkerAsync(marker, worker);
            await worker.KillAsync();
        }

        await AssertDatabaseSoundAsync();
        IReadOnlyList<StepRunRecord> killedSteps;
        Guid killedVersionId;
        await using (var client = await Store.OpenAsync())
        {
            var blockedStep = await client.MetadataStore.FindStepRunAsync(Guid.Parse(await File.ReadAllTextAsync(marker)));
            var killedRun = await client.GetRunAsync(blockedStep!.PipelineRunId);
            killedVersionId = killedRun.ModelVersionId!.Value;
            killedSteps = await client.ListStepRunsAsync(killedRun.Id);
            Assert.Equal(["generate_numbers", "summarize_numbers", "evaluate_summary"], killedSteps.Select(s => s.StepName));
            Assert.Equal([RunStatus.Completed, RunStatus.Completed, RunStatus.Running], killedSteps.Select(s => s.Status));

            // The completed steps' outputs are recorded and whole; the step killed mid-way has none, anywhere.
            Assert.Empty(killedSteps[2].Outputs);
            Assert.Empty(await client.ListArtifactVersionsAsync("score"));
            foreach (var name in new[] { "numbers", "summary" })
            {
                var version = Assert.Single(await client.ListArtifactVersionsAsync(name));
                Assert.Contains(version.Id, killedSteps.SelectMany(s => s.Outputs.Values));
                Assert.Equal(version.Size, new FileInfo(await client.GetVerifiedPathAsync(version)).Length);
            }

            await AssertEveryContentAddressedFileIsWholeAsync(client);
        }

        var lines = await Worker.RunAsync(Store.Environment, "pipeline", model, "-");

        var runId = Guid.Parse(Value(lines, "run"));
        var versionId = Guid.Parse(Value(lines, "version"));
        Assert.Equal(
            ["generate_numbers Cached", "summarize_numbers Cached", "evaluate_summary Completed"],
            lines.Where(line => line.StartsWith("step ", StringComparison.Ordinal)).Select(line => line["step ".Length..]));
        await using (var client = await Store.OpenAsync())
        {
            var steps = await client.ListStepRunsAsync(runId);
            Assert.Equal([killedSteps[0].Id, killedSteps[1].Id], steps.Take(2).Select(s => s.OriginalStepRunId!.Value));

            // The next run noticed the dead one: failed as abandoned, its running step too.
            var killedRun = await client.GetRunAsync(killedSteps[0].PipelineRunId);
            Assert.Equal(RunStatus.Failed, killedRun.Status);
            Assert.Contains("Abandoned", killedRun.Error);
            var blockedStep = await client.MetadataStore.FindStepRunAsync(killedSteps[2].Id);
            Assert.Equal(RunStatus.Failed, blockedStep!.Status);

            // The version the killed run had created is gone, so "latest" is the new run's complete version.
            await Assert.ThrowsAsync<NotFoundException>(() => client.GetVersionAsync(killedVersionId));
            Assert.True((await client.GetMetadataAsync(MetadataTarget.ForPipelineRun(killedRun.Id))).ContainsKey("modelplane.deleted_model_version"));
            var latest = await client.GetVersionAsync(model, VersionSelector.Latest);
            Assert.Equal(versionId, latest.Id);
            Assert.Single(await client.ListVersionsAsync(model));
            var score = await client.GetLinkedArtifactAsync(latest, "score");
            Assert.Equal(score.Size, new FileInfo(await client.GetVerifiedPathAsync(score)).Length);
        }
    }

    /// <summary>Whatever a kill interrupted is at most a staging file: every file at a content address is whole.</summary>
    private static async Task AssertEveryContentAddressedFileIsWholeAsync(ModelplaneClient client)
    {
        var store = (LocalArtifactStore)client.ArtifactStore;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(store.Root, "sha256"), "*", SearchOption.AllDirectories))
        {
            Assert.Equal(Path.GetFileName(file), await ContentHash.OfFileAsync(file));
        }
    }

    /// <summary>Waits until the blocked step has written its step run id into <paramref name="marker"/>.</summary>
    private static async Task WaitForMarkerAsync(string marker, Worker worker)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!File.Exists(marker) || !Guid.TryParse(await File.ReadAllTextAsync(marker, timeout.Token), out _))
        {
            Assert.False(worker.HasExited, $"The worker exited before step 3 started: {worker.Errors}");
            await Task.Delay(50, timeout.Token);
        }
    }

    private static string Value(IReadOnlyList<string> lines, string key) =>
        Assert.Single(lines, line => line.StartsWith(key + " ", StringComparison.Ordinal))[(key.Length + 1)..];
}

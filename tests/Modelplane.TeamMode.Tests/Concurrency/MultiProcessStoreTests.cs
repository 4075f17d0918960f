using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.Concurrency;

/// <summary>
/// Several processes at once against one store: version numbers stay distinct and gap-free, nothing
/// written is lost, and simultaneous forced promotions leave one production holder with a history
/// that adds up. Derived once per store kind.
/// </summary>
public abstract class MultiProcessStoreTests
{
    private const int Processes = 4;
    private const int VersionsPerProcess = 20;
    private const int Promoters = 6;

    /// <summary>The store the processes share.</summary>
    protected abstract StoreUnderTest Store { get; }

    [Fact]
    public async Task Processes_creating_versions_at_once_get_distinct_numbers_and_lose_no_links_or_metadata()
    {
        var model = $"shared_{Guid.NewGuid():N}";

        var outputs = await Task.WhenAll(Enumerable.Range(0, Processes)
            .Select(_ => Worker.RunAsync(Store.Environment, "versions", model, VersionsPerProcess.ToString())));

        const int total = Processes * VersionsPerProcess;
        Assert.Equal(Enumerable.Range(1, total), outputs.SelectMany(lines => lines).Select(int.Parse).Order());
        await using var client = await Store.OpenAsync();
        var versions = await client.ListVersionsAsync(model);
        Assert.Equal(Enumerable.Range(1, total), versions.Select(v => v.Number).Order());
        var writes = new HashSet<(string Writer, long Index)>();
        foreach (var version in versions)
        {
            var linked = Assert.Single(await client.ListLinkedArtifactsAsync(version.Id));
            var metadata = await client.GetMetadataAsync(MetadataTarget.ForModelVersion(version.Id));
            var (writer, index) = (metadata["writer"].Text, metadata["index"].AsInteger());
            Assert.Equal($"payload-{writer}-{index}", linked.Name);
            Assert.Equal($"{writer}:{index}", await client.LoadArtifactAsync<string>(linked));
            writes.Add((writer, index));
        }

        Assert.Equal(total, writes.Count);
    }

    [Fact]
    public async Task Simultaneous_forced_promotions_leave_one_production_holder_and_archive_every_other()
    {
        var model = $"promoted_{Guid.NewGuid():N}";
        await using var client = await Store.OpenAsync();
        for (var i = 0; i < Promoters; i++)
        {
            await client.CreateVersionAsync(model);
        }

        var workers = Enumerable.Range(1, Promoters).Select(n => Worker.Start(Store.Environment, "promote", model, n.ToString())).ToList();
        try
        {
            // Every process is started and has looked its version up before any of them moves it.
            foreach (var worker in workers)
            {
                Assert.Equal("ready", await worker.ReadLineAsync());
            }

            foreach (var worker in workers)
            {
                await worker.WriteLineAsync("go");
            }

            foreach (var worker in workers)
            {
                Assert.Equal("Production", await worker.ReadLineAsync());
                await worker.ExitAsync();
            }
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }

        var versions = await client.ListVersionsAsync(model);
        var holder = Assert.Single(versions, v => v.Stage == Stage.Production);
        Assert.All(versions.Where(v => v.Id != holder.Id), v => Assert.Equal(Stage.Archived, v.Stage));
        var history = await client.GetStageHistoryAsync(model);
        Assert.Equal(2 * Promoters - 1, history.Count);
        // Replaying the history move by move gives one holder at every point and ends in the current stages.
        var stages = versions.ToDictionary(v => v.Id, _ => Stage.None);
        foreach (var move in history)
        {
            Assert.Equal(stages[move.VersionId], move.From);
            stages[move.VersionId] = move.To;
            Assert.True(stages.Values.Count(s => s == Stage.Production) <= 1, $"Two production holders after move {move.VersionNumber} -> {move.To}.");
        }

        Assert.All(versions, v => Assert.Equal(v.Stage, stages[v.Id]));
    }
}

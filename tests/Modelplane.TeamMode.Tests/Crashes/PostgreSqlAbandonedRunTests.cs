using Modelplane.Runs;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.Crashes;

/// <summary>On PostgreSQL too, a run whose process was killed is recognised and marked abandoned, with its running steps.</summary>
[RequiresService(TestService.PostgreSql)]
public sealed class PostgreSqlAbandonedRunTests(PostgreSqlDatabase database) : IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_run_left_running_by_a_killed_process_is_marked_abandoned_with_its_steps()
    {
        var store = new StoreUnderTest(database.ConnectionString, _folder.Path);
        Guid runId;
        using (var worker = Worker.Start(store.Environment, "run", "training"))
        {
            runId = Guid.Parse((await worker.ReadLineAsync())!);
            await worker.KillAsync();
        }

        await using var client = await store.OpenAsync();
        var step = await client.MetadataStore.CreateStepRunAsync(new NewStepRun(runId, "train"));

        var marked = await client.MetadataStore.MarkAbandonedRunsAsync();

        Assert.Equal(runId, Assert.Single(marked).Id);
        Assert.Equal(RunStatus.Failed, (await client.GetRunAsync(runId)).Status);
        var failedStep = await client.MetadataStore.FindStepRunAsync(step.Id);
        Assert.Equal(RunStatus.Failed, failedStep!.Status);
        Assert.Contains("Abandoned", failedStep.Error);
    }
}

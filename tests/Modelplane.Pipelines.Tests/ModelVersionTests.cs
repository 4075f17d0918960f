using Modelplane.Errors;
using Modelplane.Models;
using Modelplane.Pipelines.Tests.Steps;
using Modelplane.Runs;

namespace Modelplane.Pipelines.Tests;

public sealed class ModelVersionTests
{
    [Fact]
    public async Task A_run_pinned_to_staging_keeps_its_version_when_another_is_promoted_mid_run()
    {
        await using var store = await TestStore.CreateAsync();
        var client = store.Client;
        var staged = await client.CreateVersionAsync(TestStore.Model);
        var challenger = await client.CreateVersionAsync(TestStore.Model);
        await client.SetStageAsync(staged.Id, Stage.Staging);
        var pipeline = new Pipeline("numbers_inference").WithModel(TestStore.Model, VersionRequest.Stage(Stage.Staging));

        var summary = await pipeline.RunAsync(client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(3, 1));
            await client.SetStageAsync(challenger.Id, Stage.Staging, force: true);
            var scaled = await run.Step(new Scale(numbers.Numbers, 2));
            await run.Step(new Sum(scaled.Scaled));
        });

        Assert.Equal(staged.Id, summary.ModelVersion!.Id);
        Assert.Equal(staged.Id, (await client.GetRunAsync(summary.RunId)).ModelVersionId);
        Assert.Equal(["numbers", "scaled", "total"], (await client.ListLinkedArtifactsAsync(staged.Id)).Select(a => a.Name).Order());
        Assert.Empty(await client.ListLinkedArtifactsAsync(challenger.Id));
        Assert.Equal(challenger.Id, (await client.GetVersionAsync(TestStore.Model.Name, VersionSelector.ByStage(Stage.Staging))).Id);
    }

    [Fact]
    public async Task An_artifact_of_the_production_version_is_a_step_input_that_takes_part_in_the_cache_key()
    {
        await using var store = await TestStore.CreateAsync();
        var client = store.Client;
        var training = new Pipeline("numbers_training").WithModel(TestStore.Model);
        var first = await training.RunAsync(client, run => run.Step(new LoadNumbers(3, Seed: 1)));
        await client.SetStageAsync(first.ModelVersion!.Id, Stage.Production);
        var inference = new Pipeline("numbers_inference").WithModel(TestStore.Model, VersionRequest.Stage(Stage.Production));
        Func<PipelineRun, Task> body = async run =>
            await run.Step(new Sum(await run.ArtifactOf<double[]>(VersionRequest.Stage(Stage.Production), "numbers")));

        var fromFirst = await inference.RunAsync(client, body);
        var again = await inference.RunAsync(client, body);
        var second = await training.RunAsync(client, run => run.Step(new LoadNumbers(3, Seed: 2)));
        await client.SetStageAsync(second.ModelVersion!.Id, Stage.Production, force: true);
        var fromSecond = await inference.RunAsync(client, body);

        var sumRun = (await client.ListStepRunsAsync(fromFirst.RunId)).Single();
        Assert.Equal(first.Step("load_numbers").Outputs["Numbers"], sumRun.Inputs["Values"]);
        Assert.Empty(sumRun.UpstreamSteps);
        Assert.Equal(RunStatus.Completed, fromFirst.Step("sum").Status);
        Assert.Equal(RunStatus.Cached, again.Step("sum").Status);
        Assert.Equal(RunStatus.Completed, fromSecond.Step("sum").Status);
        Assert.Contains("input 'Values' changed", fromSecond.Step("sum").Cache.Reason);
        var total = await client.GetArtifactAsync(fromSecond.Step("sum").Outputs["Total"]);
        Assert.Equal(2 + 9 + 16, await client.LoadArtifactAsync<double>(total));
        Assert.Contains(total.Id, (await client.ListLinkedArtifactsAsync(second.ModelVersion.Id)).Select(a => a.Id));
    }

    [Fact]
    public async Task Steps_can_read_artifacts_of_their_own_and_other_versions_through_the_context()
    {
        await using var store = await TestStore.CreateAsync();
        var pipeline = new Pipeline("numbers_training").WithModel(TestStore.Model);
        await pipeline.RunAsync(store.Client, run => run.Step(new LoadNumbers(2, Seed: 5)));
        double[]? own = null;
        double[]? latestBefore = null;

        await pipeline.RunAsync(store.Client, async run =>
        {
            await run.Step(new LoadNumbers(2, Seed: 7));
            await run.Step(new ContextReader(values => (own, latestBefore) = values), cache: false);
        });

        Assert.Equal([7.0, 14], own!);
        Assert.Equal([5.0, 12], latestBefore!);
    }

    [Fact]
    public async Task A_missing_version_number_or_empty_stage_fails_before_any_step_with_the_model_named()
    {
        await using var store = await TestStore.CreateAsync();
        await store.Client.CreateVersionAsync(TestStore.Model);
        var stepsRun = 0;
        Func<PipelineRun, Task> body = _ =>
        {
            stepsRun++;
            return Task.CompletedTask;
        };

        var number = await Assert.ThrowsAsync<NotFoundException>(() =>
            new Pipeline("p").WithModel(TestStore.Model, VersionRequest.Number(7)).RunAsync(store.Client, body));
        var stage = await Assert.ThrowsAsync<NotFoundException>(() =>
            new Pipeline("p").WithModel(TestStore.Model, VersionRequest.Stage(Stage.Production)).RunAsync(store.Client, body));

        Assert.Contains("numbers_model", number.Message);
        Assert.Contains("7", number.Message);
        Assert.Contains("numbers_model", stage.Message);
        Assert.Contains("production", stage.Message);
        Assert.Equal(0, stepsRun);
        Assert.Empty(await store.Client.ListRunsAsync());
    }

    [Fact]
    public async Task A_named_version_is_created_once_and_reused_and_kept_when_a_run_fails()
    {
        await using var store = await TestStore.CreateAsync();
        var pipeline = new Pipeline("numbers_training").WithModel(TestStore.Model, VersionRequest.Parse("experiment-a"));

        var first = await pipeline.RunAsync(store.Client, run => run.Step(new LoadNumbers(2, 1)));
        await Assert.ThrowsAsync<PipelineFailedException>(() => pipeline.RunAsync(store.Client, async run =>
            await run.Step(new Explode((await run.Step(new LoadNumbers(2, 1))).Numbers))));

        var version = Assert.Single(await store.Client.ListVersionsAsync(TestStore.Model.Name));
        Assert.Equal("experiment-a", version.Name);
        Assert.Equal(first.ModelVersion!.Id, version.Id);
        var metadata = await store.Client.GetMetadataAsync(Metadata.MetadataTarget.ForModelVersion(version.Id));
        Assert.False(metadata.ContainsKey("should_not_exist"));
    }

    /// <summary>Reads the newest "numbers" of the run's version and of the previous (latest numbered before it) version.</summary>
    private sealed record ContextReader([property: IgnoreInCacheKey] Action<(double[], double[])> Report) : Step
    {
        protected override void Run(StepContext context)
        {
            var own = context.ModelArtifact<double[]>("numbers").Value;
            var previous = context.ArtifactOf<double[]>(VersionRequest.Number(context.ModelVersion!.Number - 1), "numbers").Value;
            Report((own, previous));
        }
    }
}

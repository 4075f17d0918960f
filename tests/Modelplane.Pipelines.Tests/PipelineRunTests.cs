using System.Text.RegularExpressions;
using Modelplane.Models;
using Modelplane.Pipelines.Tests.Steps;
using Modelplane.Runs;

namespace Modelplane.Pipelines.Tests;

public sealed class PipelineRunTests
{
    private static readonly Pipeline Training = new Pipeline("numbers_training").WithModel(TestStore.Model);

    [Fact]
    public async Task Step_outputs_are_artifact_versions_linked_to_the_runs_new_version()
    {
        await using var store = await TestStore.CreateAsync();

        var summary = await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(Count: 4, Seed: 1));
            var scaled = await run.Step(new Scale(numbers.Numbers, Factor: 2));
            await run.Step(new Sum(scaled.Scaled));
        });

        Assert.Equal(RunStatus.Completed, summary.Status);
        var version = Assert.Single(await store.Client.ListVersionsAsync(TestStore.Model.Name));
        Assert.Equal(version.Id, summary.ModelVersion!.Id);
        var linked = await store.Client.ListLinkedArtifactsAsync(version.Id);
        Assert.Equal(["numbers", "scaled", "total"], linked.Select(a => a.Name).Order());

        var total = linked.Single(a => a.Name == "total");
        Assert.Equal((1 + 8 + 15 + 22) * 2.0, await store.Client.LoadArtifactAsync<double>(total));
        Assert.Equal(4, total.Metadata["count"].AsInteger());
        Assert.All(linked, artifact => Assert.Equal(artifact.Size, artifact.Metadata["storage_size"].AsInteger()));
        var producer = await store.Client.FindProducerAsync(total.Id);
        Assert.Equal("sum", producer!.StepName);
        Assert.Equal(summary.RunId, producer.PipelineRunId);
        var versionMetadata = await store.Client.GetMetadataAsync(Metadata.MetadataTarget.ForModelVersion(version.Id));
        Assert.Equal(4, versionMetadata["summed_values"].AsInteger());
    }

    [Fact]
    public async Task Step_runs_record_their_inputs_outputs_and_upstream_steps()
    {
        await using var store = await TestStore.CreateAsync();

        var summary = await Training.RunAsync(store.Client, async run =>
        {
            var a = await run.Step(new LoadNumbers(3, Seed: 1), name: "load_a");
            var b = await run.Step(new LoadNumbers(3, Seed: 2), name: "load_b");
            await run.Step(new Combine(a.Numbers, b.Numbers));
        });

        var steps = await store.Client.ListStepRunsAsync(summary.RunId);
        Assert.Equal(["load_a", "load_b", "combine"], steps.Select(s => s.StepName));
        var combine = steps.Single(s => s.StepName == "combine");
        Assert.Equal(["load_a", "load_b"], combine.UpstreamSteps.Order());
        Assert.Equal(steps.Single(s => s.StepName == "load_a").Outputs["Numbers"], combine.Inputs["A"]);
        Assert.Equal(steps.Single(s => s.StepName == "load_b").Outputs["Numbers"], combine.Inputs["B"]);
        Assert.Empty(steps.Single(s => s.StepName == "load_a").UpstreamSteps);
        Assert.Equal(combine.Outputs["Combined"], summary.Step("combine").Outputs["Combined"]);
    }

    [Fact]
    public async Task Fan_out_steps_run_concurrently_and_fan_in_takes_a_list_of_inputs()
    {
        await using var store = await TestStore.CreateAsync();
        var log = new OverlapProbe.Recorder(probes: 2);
        double grandTotal = 0;

        var summary = await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(3, Seed: 10));
            var probes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
                run.Step(new OverlapProbe(numbers.Numbers, i, log), name: $"probe_{i}", cache: false)));
            var all = await run.Step(new SumAll(probes.Select(p => p.First).ToList()));
            grandTotal = all.GrandTotal.Value;
        });

        Assert.False(log.TimedOut, "each probe waited for the other to start, so they must have run at the same time");
        var (first, second) = (log.Intervals[0], log.Intervals[1]);
        Assert.True(first.Start < second.End && second.Start < first.End, $"intervals {first} and {second} do not intersect");
        Assert.NotEqual(first.Thread, second.Thread);
        Assert.Equal(10 + 11, grandTotal);
        var sumAll = (await store.Client.ListStepRunsAsync(summary.RunId)).Single(s => s.StepName == "sum_all");
        Assert.Equal(["probe_0", "probe_1"], sumAll.UpstreamSteps.Order());
        Assert.Equal(["Totals[0]", "Totals[1]"], sumAll.Inputs.Keys.Order());
    }

    [Fact]
    public async Task A_failing_step_fails_the_run_fires_the_hook_and_leaves_no_artifact_or_new_version()
    {
        await using var store = await TestStore.CreateAsync();
        var hookCalls = new List<PipelineRunSummary>();
        var successCalls = 0;
        var sumRan = false;
        var pipeline = Training.OnFailure(hookCalls.Add).OnSuccess(_ => successCalls++);

        var failure = await Assert.ThrowsAsync<PipelineFailedException>(() => pipeline.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(3, Seed: 1));
            var partial = await run.Step(new Explode(numbers.Numbers));
            sumRan = true;
            await run.Step(new Sum(partial.Partial));
        }));

        Assert.Equal("explode", failure.FailedStep);
        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.Contains("the data is bad", failure.Message);
        Assert.False(sumRan);
        Assert.Equal(0, successCalls);
        var hooked = Assert.Single(hookCalls);
        Assert.Equal(RunStatus.Failed, hooked.Status);
        Assert.Equal("explode", hooked.FailedStep);
        Assert.True(hooked.ModelVersionDeleted);

        var run = await store.Client.GetRunAsync(failure.Summary.RunId);
        Assert.Equal(RunStatus.Failed, run.Status);
        Assert.Contains("the data is bad", run.Error);
        var steps = await store.Client.ListStepRunsAsync(run.Id);
        Assert.Equal([("load_numbers", RunStatus.Completed), ("explode", RunStatus.Failed)], steps.Select(s => (s.StepName, s.Status)));
        Assert.Empty(await store.Client.ListArtifactVersionsAsync("partial"));
        Assert.Empty(await store.Client.ListVersionsAsync(TestStore.Model.Name));
        Assert.Null(await store.Client.FindVersionAsync(TestStore.Model.Name, VersionSelector.Latest));

        // The completed step's artifact stays queryable, and serves the next run from cache.
        Assert.Single(await store.Client.ListArtifactVersionsAsync("numbers"));
        var retry = await Training.RunAsync(store.Client, run => run.Step(new LoadNumbers(3, Seed: 1)));
        Assert.Equal(RunStatus.Cached, retry.Step("load_numbers").Status);
    }

    [Fact]
    public async Task Steps_started_after_a_failure_are_not_run()
    {
        await using var store = await TestStore.CreateAsync();
        var numbers = default(LoadNumbers.Output);

        var failure = await Assert.ThrowsAsync<PipelineFailedException>(() => Training.RunAsync(store.Client, async run =>
        {
            numbers = await run.Step(new LoadNumbers(3, Seed: 1));
            try
            {
                await run.Step(new Explode(numbers.Numbers));
            }
            catch (StepFailedException)
            {
                // A body that swallows the failure still cannot run more steps, and the run still fails.
            }

            await run.Step(new Scale(numbers.Numbers, 2));
        }));

        Assert.Equal("explode", failure.FailedStep);
        var steps = await store.Client.ListStepRunsAsync(failure.Summary.RunId);
        Assert.DoesNotContain(steps, s => s.StepName == "scale");
    }

    [Fact]
    public async Task Success_hooks_and_observers_see_every_step_with_its_cache_decision()
    {
        await using var store = await TestStore.CreateAsync();
        var observer = new RecordingObserver();
        var console = new StringWriter();
        PipelineRunSummary? hooked = null;
        var pipeline = Training.WithObserver(observer).WithObserver(new ConsolePipelineObserver(console)).OnSuccess(s => hooked = s);

        await pipeline.RunAsync(store.Client, async run => await run.Step(new LoadNumbers(2, 1)));
        var second = await pipeline.RunAsync(store.Client, async run => await run.Step(new LoadNumbers(2, 1)));

        Assert.Same(second, hooked);
        Assert.Equal(
            ["run started", "step started load_numbers", "step finished load_numbers Completed", "run finished Completed",
             "run started", "step started load_numbers", "step finished load_numbers Cached", "run finished Cached"],
            observer.Events);
        var text = console.ToString();
        Assert.Contains("[done] load_numbers", text);
        Assert.Contains("cache hit: step run", text);
        Assert.Contains("numbers_training: 1 steps (1 cached)", text);
    }

    [Fact]
    public async Task Run_names_follow_the_pipeline_name_and_start_time_and_stay_unique()
    {
        await using var store = await TestStore.CreateAsync();
        var pipeline = new Pipeline("names");

        var first = await pipeline.RunAsync(store.Client, _ => Task.CompletedTask);
        var second = await pipeline.RunAsync(store.Client, _ => Task.CompletedTask);

        Assert.Matches(new Regex(@"^names_run_\d{4}_\d{2}_\d{2}_\d{2}_\d{2}_\d{2}_[0-9a-f]{6}$"), first.RunName);
        Assert.NotEqual(first.RunName, second.RunName);
        Assert.Equal(first.RunName, (await store.Client.GetRunAsync(first.RunId)).Name);
    }

    [Fact]
    public async Task Using_one_step_name_twice_is_an_error_that_says_how_to_fix_it()
    {
        await using var store = await TestStore.CreateAsync();

        var failure = await Assert.ThrowsAsync<PipelineFailedException>(() => Training.RunAsync(store.Client, async run =>
        {
            await run.Step(new LoadNumbers(2, 1));
            await run.Step(new LoadNumbers(2, 2));
        }));

        Assert.Null(failure.FailedStep);
        Assert.Contains("already has a step named 'load_numbers'", failure.Message);
        Assert.Contains("name:", failure.Message);
    }

    [Fact]
    public async Task A_broken_observer_does_not_change_the_outcome_of_a_run()
    {
        await using var store = await TestStore.CreateAsync();

        var summary = await Training.WithObserver(new ThrowingObserver()).RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(2, 1));
            await run.Step(new Scale(numbers.Numbers, 2));
        });

        Assert.Equal(RunStatus.Completed, summary.Status);
        Assert.Equal([RunStatus.Completed, RunStatus.Completed], (await store.Client.ListStepRunsAsync(summary.RunId)).Select(s => s.Status));
    }

    [Fact]
    public async Task A_parameter_that_is_not_json_fails_the_step_with_a_message_saying_what_to_do()
    {
        await using var store = await TestStore.CreateAsync();

        var failure = await Assert.ThrowsAsync<PipelineFailedException>(() =>
            Training.RunAsync(store.Client, run => run.Step(new WithService(() => 1))));

        Assert.Equal("with_service", failure.FailedStep);
        Assert.Contains("cannot be written as JSON", failure.Message);
        Assert.Contains("[IgnoreInCacheKey]", failure.Message);
        var stepRun = Assert.Single(await store.Client.ListStepRunsAsync(failure.Summary.RunId));
        Assert.Equal(RunStatus.Failed, stepRun.Status);
    }

    private sealed record WithService(Func<int> Clock) : Step
    {
        protected override void Run(StepContext context) => context.LogMetadata("now", Clock());
    }

    private sealed class ThrowingObserver : IPipelineObserver
    {
        public void StepFinished(StepRunSummary step) => throw new InvalidOperationException("observer bug");
    }

    private sealed class RecordingObserver : IPipelineObserver
    {
        public List<string> Events { get; } = [];

        public void RunStarted(PipelineRun run) => Add("run started");

        public void StepStarted(string stepName) => Add($"step started {stepName}");

        public void StepFinished(StepRunSummary step) => Add($"step finished {step.Name} {step.Status}");

        public void RunFinished(PipelineRunSummary summary) => Add($"run finished {summary.Status}");

        private void Add(string text)
        {
            lock (Events)
            {
                Events.Add(text);
            }
        }
    }
}

using Modelplane.Artifacts;
using Modelplane.Caching;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Pipelines.Tests.Steps;
using Modelplane.Runs;

namespace Modelplane.Pipelines.Tests;

public sealed class CachingTests
{
    private static readonly Pipeline Training = new Pipeline("numbers_training").WithModel(TestStore.Model);

    private static Func<PipelineRun, Task> Chain(int seed = 1, double factor = 2) => async run =>
    {
        var numbers = await run.Step(new LoadNumbers(Count: 4, Seed: seed));
        var scaled = await run.Step(new Scale(numbers.Numbers, factor));
        await run.Step(new Sum(scaled.Scaled));
    };

    private static IEnumerable<(string, RunStatus)> Statuses(PipelineRunSummary summary) => summary.Steps.Select(s => (s.Name, s.Status));

    [Fact]
    public async Task A_second_identical_run_is_fully_cached_and_links_the_outputs_to_its_new_version()
    {
        await using var store = await TestStore.CreateAsync();
        var first = await Training.RunAsync(store.Client, Chain());
        double cachedTotal = 0;

        var second = await Training.RunAsync(store.Client, async run =>
        {
            await Chain()(run);
            var again = await run.Step(new Sum(await run.ModelArtifact<double[]>("scaled")), name: "sum_again");
            cachedTotal = again.Total.Value;
        });

        Assert.Equal([("load_numbers", RunStatus.Cached), ("scale", RunStatus.Cached), ("sum", RunStatus.Cached)], Statuses(second).Take(3));
        Assert.NotEqual(first.ModelVersion!.Id, second.ModelVersion!.Id);
        var firstLinks = (await store.Client.ListLinkedArtifactsAsync(first.ModelVersion.Id)).Select(a => a.Id).Order();
        var secondLinks = (await store.Client.ListLinkedArtifactsAsync(second.ModelVersion.Id)).Select(a => a.Id).ToHashSet();
        Assert.All(firstLinks, id => Assert.Contains(id, secondLinks));

        var originalSum = first.Step("sum");
        var cachedSum = (await store.Client.ListStepRunsAsync(second.RunId)).Single(s => s.StepName == "sum");
        Assert.Equal(RunStatus.Cached, cachedSum.Status);
        Assert.Equal(originalSum.StepRunId, cachedSum.OriginalStepRunId);
        Assert.Equal(originalSum.Outputs["Total"], cachedSum.Outputs["Total"]);
        Assert.Equal($"cache hit: step run {originalSum.StepRunId}", second.Step("sum").Cache.Reason);
        Assert.Equal(92, cachedTotal);

        // Model-version metadata a cached step logged the first time is logged on the new version too.
        var metadata = await store.Client.GetMetadataAsync(MetadataTarget.ForModelVersion(second.ModelVersion.Id));
        Assert.Equal(4, metadata["summed_values"].AsInteger());
    }

    [Fact]
    public async Task Cache_hits_rebuild_the_output_record_with_values_loaded_from_the_store()
    {
        await using var store = await TestStore.CreateAsync();
        await Training.RunAsync(store.Client, Chain());
        Scale.Output? cached = null;

        await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(4, 1));
            cached = await run.Step(new Scale(numbers.Numbers, 2));
        });

        Assert.Equal("scaled", cached!.Scaled.Name);
        Assert.Equal([2.0, 16, 30, 44], cached.Scaled.Value);
    }

    [Fact]
    public async Task Changing_one_parameter_reruns_that_step_and_the_steps_downstream_of_it()
    {
        await using var store = await TestStore.CreateAsync();
        await Training.RunAsync(store.Client, Chain(factor: 2));

        var changed = await Training.RunAsync(store.Client, Chain(factor: 3));

        Assert.Equal([("load_numbers", RunStatus.Cached), ("scale", RunStatus.Completed), ("sum", RunStatus.Completed)], Statuses(changed));
        var reason = changed.Step("scale").Cache.Reason;
        Assert.StartsWith("miss: no completed run with key", reason);
        Assert.Contains("parameters changed ({\"Factor\":2} -> {\"Factor\":3})", reason);
        Assert.Contains("input 'Values' changed", changed.Step("sum").Cache.Reason);
    }

    [Fact]
    public async Task Changing_one_input_reruns_only_its_consumers()
    {
        await using var store = await TestStore.CreateAsync();
        Func<int, Func<PipelineRun, Task>> body = seedB => async run =>
        {
            var a = await run.Step(new LoadNumbers(3, Seed: 1), name: "load_a");
            var b = await run.Step(new LoadNumbers(3, Seed: seedB), name: "load_b");
            await run.Step(new Combine(a.Numbers, b.Numbers));
        };
        await Training.RunAsync(store.Client, body(2));

        var changed = await Training.RunAsync(store.Client, body(5));

        Assert.Equal([("load_a", RunStatus.Cached), ("load_b", RunStatus.Completed), ("combine", RunStatus.Completed)], Statuses(changed));
        var reason = changed.Step("combine").Cache.Reason;
        Assert.Contains("input 'B' changed", reason);
        Assert.DoesNotContain("input 'A'", reason);
    }

    [Fact]
    public async Task An_upstream_rerun_that_produces_the_same_content_keeps_its_consumers_cached()
    {
        await using var store = await TestStore.CreateAsync();
        await Training.RunAsync(store.Client, Chain());

        var rerun = await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(4, 1), cache: false);
            await run.Step(new Scale(numbers.Numbers, 2));
        });

        Assert.Equal([("load_numbers", RunStatus.Completed), ("scale", RunStatus.Cached)], Statuses(rerun));
    }

    [Fact]
    public async Task Changing_the_steps_code_reruns_it_unless_an_explicit_step_version_stays_the_same()
    {
        await using var store = await TestStore.CreateAsync();
        await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(3, 1));
            await run.Step(new Steps.CodeV1.Transform(numbers.Numbers), name: "transform");
            await run.Step(new Steps.CodeV1.Versioned(numbers.Numbers), name: "versioned");
        });

        var sameCode = await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(3, 1));
            await run.Step(new Steps.CodeV1.Transform(numbers.Numbers), name: "transform");
            await run.Step(new Steps.CodeV2.Versioned(numbers.Numbers), name: "versioned");
        });
        var newCode = await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(3, 1));
            await run.Step(new Steps.CodeV2.Transform(numbers.Numbers), name: "transform");
            await run.Step(new Steps.CodeV3.Versioned(numbers.Numbers), name: "versioned");
        });

        Assert.Equal([("load_numbers", RunStatus.Cached), ("transform", RunStatus.Cached), ("versioned", RunStatus.Cached)], Statuses(sameCode));
        Assert.Equal([("load_numbers", RunStatus.Cached), ("transform", RunStatus.Completed), ("versioned", RunStatus.Completed)], Statuses(newCode));
        Assert.Contains("code changed", newCode.Step("transform").Cache.Reason);
        Assert.Contains("code changed (version:1 -> version:2)", newCode.Step("versioned").Cache.Reason);
    }

    [Fact]
    public async Task A_hit_needs_the_output_files_to_still_exist()
    {
        await using var store = await TestStore.CreateAsync();
        var first = await Training.RunAsync(store.Client, Chain());
        var scaled = await store.Client.GetArtifactAsync(first.Step("scale").Outputs["Scaled"]);
        File.Delete(((LocalArtifactStore)store.Client.ArtifactStore).PathOf(scaled.ContentHash));

        var second = await Training.RunAsync(store.Client, Chain());

        Assert.Equal([("load_numbers", RunStatus.Cached), ("scale", RunStatus.Completed), ("sum", RunStatus.Cached)], Statuses(second));
        Assert.Contains($"but the file of {scaled} no longer exists", second.Step("scale").Cache.Reason);
        Assert.True(await store.Client.ArtifactStore.ExistsAsync(scaled.ContentHash));
    }

    [Fact]
    public async Task A_hit_whose_model_file_is_corrupt_fails_the_step_naming_the_artifact()
    {
        await using var store = await TestStore.CreateAsync();
        var model = new Pipeline("numbers_training").WithModel(TestStore.Model);
        Func<PipelineRun, Task> fitModel = async run => await run.Step(new FitModel(2));
        var first = await model.RunAsync(store.Client, fitModel);
        var fitted = await store.Client.GetArtifactAsync(first.Step("fit_model").Outputs["Model"]);
        var path = ((LocalArtifactStore)store.Client.ArtifactStore).PathOf(fitted.ContentHash);
        File.SetAttributes(path, FileAttributes.Normal);
        await File.WriteAllTextAsync(path, "[3.0]");

        var error = await Assert.ThrowsAsync<PipelineFailedException>(() => model.RunAsync(store.Client, fitModel));

        Assert.Equal("fit_model", error.FailedStep);
        var corrupt = Assert.IsType<ArtifactIntegrityException>(error.InnerException);
        Assert.Contains("'model'", corrupt.Message);
    }

    private sealed record FitModel(double Weight) : Step<FitModel.Output>
    {
        public sealed record Output(Artifact<double[]> Model);

        protected override Output Run(StepContext context) => new(context.Output("model", new[] { Weight }, ArtifactKind.Model));
    }

    [Fact]
    public async Task A_step_setting_beats_the_pipeline_setting_which_beats_the_default()
    {
        await using var store = await TestStore.CreateAsync();
        await Training.RunAsync(store.Client, Chain());

        var noCache = await Training.WithCache(false).RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(4, 1));
            await run.Step(new Scale(numbers.Numbers, 2), cache: true);
        });
        var stepOff = await Training.RunAsync(store.Client, async run =>
        {
            var numbers = await run.Step(new LoadNumbers(4, 1), cache: false);
            await run.Step(new Scale(numbers.Numbers, 2));
        });

        Assert.Equal([("load_numbers", RunStatus.Completed), ("scale", RunStatus.Cached)], Statuses(noCache));
        Assert.Equal(CacheOutcome.Disabled, noCache.Step("load_numbers").Cache.Outcome);
        Assert.Equal("disabled by pipeline setting (WithCache(false))", noCache.Step("load_numbers").Cache.Reason);
        Assert.Equal([("load_numbers", RunStatus.Completed), ("scale", RunStatus.Cached)], Statuses(stepOff));
        Assert.Equal("disabled by step setting (cache: false)", stepOff.Step("load_numbers").Cache.Reason);
    }

    [Fact]
    public async Task A_DisableCache_step_always_runs_unless_its_call_site_opts_in()
    {
        await using var store = await TestStore.CreateAsync();
        Func<bool?, Func<PipelineRun, Task>> body = cache => run => run.Step(new NotifyAlways("done"), cache: cache);
        await Training.RunAsync(store.Client, body(null));

        var again = await Training.RunAsync(store.Client, body(null));
        var optedIn = await Training.RunAsync(store.Client, body(true));

        Assert.Equal(RunStatus.Completed, again.Step("notify_always").Status);
        Assert.Equal("disabled by [DisableCache] on NotifyAlways", again.Step("notify_always").Cache.Reason);
        Assert.Equal(RunStatus.Cached, optedIn.Step("notify_always").Status);
        Assert.Equal(RunStatus.Completed, again.Status);
    }

    [Fact]
    public async Task The_cache_can_be_listed_explained_and_cleared()
    {
        await using var store = await TestStore.CreateAsync();
        var cache = new StepCache(store.Client);
        var first = await Training.RunAsync(store.Client, Chain(factor: 2));
        var second = await Training.RunAsync(store.Client, Chain(factor: 3));

        var entries = await cache.ListAsync();
        var scaleEntries = await cache.ListAsync(stepName: "scale");
        var explained = await cache.ExplainAsync(second.Step("scale").StepRunId);
        var explainedHit = await cache.ExplainAsync(second.Step("load_numbers").StepRunId);
        var cleared = await cache.ClearAsync(stepName: "scale");
        var afterClear = await Training.RunAsync(store.Client, Chain(factor: 3));

        Assert.Equal(5, entries.Count);
        Assert.Equal([second.Step("scale").StepRunId, first.Step("scale").StepRunId], scaleEntries.Select(e => e.StepRunId));
        Assert.Equal(second.Step("scale").Cache.Reason, explained);
        Assert.Equal($"cache hit: step run {first.Step("load_numbers").StepRunId}", explainedHit);
        Assert.Equal(2, cleared);
        Assert.Equal([("load_numbers", RunStatus.Cached), ("scale", RunStatus.Completed), ("sum", RunStatus.Cached)], Statuses(afterClear));
        Assert.Contains("was cleared from the cache", afterClear.Step("scale").Cache.Reason);
        Assert.Single(await cache.ListAsync(stepName: "scale"));
    }

    [Fact]
    public async Task Fan_in_reads_output_metadata_and_passes_the_winner_through_fresh_and_cached()
    {
        await using var store = await TestStore.CreateAsync();
        double[] weights = [0.2, 0.45, 0.9];
        Func<PipelineRun, Task<SelectBest.Output>> body = async run =>
        {
            var numbers = await run.Step(new LoadNumbers(2, 1));
            var searches = await Task.WhenAll(weights.Select((w, i) => run.Step(new ScoreCandidate(numbers.Numbers, w), name: $"search_{i}")));
            return await run.Step(new SelectBest(searches.Select(s => s.Result).ToList()));
        };
        SelectBest.Output? fresh = null;
        SelectBest.Output? cached = null;

        var first = await Training.RunAsync(store.Client, async run => fresh = await body(run));
        var second = await Training.RunAsync(store.Client, async run => cached = await body(run));

        Assert.Equal([0.45, 3.6], fresh!.Best.Value);
        Assert.Equal(first.Step("search_1").Outputs["Result"], first.Step("select_best").Outputs["Best"]);
        Assert.Equal(RunStatus.Cached, second.Status);
        Assert.Equal([0.45, 3.6], cached!.Best.Value);
        Assert.Equal(0.95, cached.Best.Metadata["metric"].AsDouble(), precision: 10);
        Assert.Equal(3, (await store.Client.ListArtifactVersionsAsync("hp_result")).Count);
    }
}

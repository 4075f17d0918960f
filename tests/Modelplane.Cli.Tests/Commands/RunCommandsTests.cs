using Modelplane.Cli.Tests.Trained;
using Modelplane.Runs;

namespace Modelplane.Cli.Tests.Commands;

/// <summary><c>run list</c> and <c>run show</c> against the trained project: two training runs, the second served from cache, and one inference run.</summary>
[Collection(TrainedProjectCollection.Name)]
public sealed class RunCommandsTests(TrainedProjectFixture project)
{
    [Fact]
    public async Task List_json_gives_runs_newest_first_with_pipeline_status_version_and_timings()
    {
        var runs = (await project.RunAsync("run", "list", "--json")).Json().EnumerateArray().ToList();

        Assert.Equal(
            [project.InferenceRun.Id, project.TrainingRuns[1].Id, project.TrainingRuns[0].Id],
            runs.Select(r => r.GetProperty("id").GetGuid()));
        Assert.Equal(
            [TrainedProjectFixture.InferencePipeline, TrainedProjectFixture.TrainingPipeline, TrainedProjectFixture.TrainingPipeline],
            runs.Select(r => r.GetProperty("pipeline").GetString()));
        Assert.Equal(
            [project.InferenceRun.Name, project.TrainingRuns[1].Name, project.TrainingRuns[0].Name],
            runs.Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(
            [project.InferenceRun.ModelVersionId, project.TrainingRuns[1].ModelVersionId, project.TrainingRuns[0].ModelVersionId],
            runs.Select(r => (Guid?)r.GetProperty("modelVersionId").GetGuid()));
        Assert.All(runs, r =>
        {
            Assert.Equal("completed", r.GetProperty("status").GetString());
            Assert.Equal(System.Text.Json.JsonValueKind.Null, r.GetProperty("error").ValueKind);
            var started = r.GetProperty("started").GetDateTimeOffset();
            var ended = r.GetProperty("ended").GetDateTimeOffset();
            Assert.Equal((ended - started).TotalSeconds, r.GetProperty("durationSeconds").GetDouble(), 0.01);
        });
    }

    [Theory]
    [InlineData("--pipeline", TrainedProjectFixture.TrainingPipeline, 2)]
    [InlineData("--pipeline", TrainedProjectFixture.InferencePipeline, 1)]
    [InlineData("--pipeline", "other_pipeline", 0)]
    [InlineData("--status", "completed", 3)]
    [InlineData("--status", "failed", 0)]
    public async Task List_filters_by_pipeline_and_status(string option, string value, int expectedCount)
    {
        var runs = (await project.RunAsync("run", "list", option, value, "--json")).Json();

        Assert.Equal(expectedCount, runs.GetArrayLength());
        Assert.All(runs.EnumerateArray(), r => Assert.Equal(value, r.GetProperty(option == "--pipeline" ? "pipeline" : "status").GetString()));
    }

    [Fact]
    public async Task Show_json_of_the_second_training_lists_its_steps_with_the_cached_ones_pointing_at_the_first()
    {
        var second = project.TrainingRuns[1];
        IReadOnlyList<StepRunRecord> stored;
        IReadOnlyList<StepRunRecord> firstSteps;
        await using (var client = await project.OpenAsync())
        {
            stored = await client.ListStepRunsAsync(second.Id);
            firstSteps = await client.ListStepRunsAsync(project.TrainingRuns[0].Id);
        }

        var details = (await project.RunAsync("run", "show", second.Name, "--json")).Json();

        Assert.Equal(second.Id, details.GetProperty("run").GetProperty("id").GetGuid());
        Assert.Equal(TrainedProjectFixture.TrainingPipeline, details.GetProperty("run").GetProperty("pipeline").GetString());
        Assert.Equal(2, details.GetProperty("modelVersion").GetProperty("number").GetInt32());
        Assert.Equal("staging", details.GetProperty("modelVersion").GetProperty("stage").GetString());
        var steps = details.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(stored.Select(s => s.StepName), steps.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(stored.Select(s => s.Status == RunStatus.Cached), steps.Select(s => s.GetProperty("cached").GetBoolean()));
        Assert.Equal(stored.Select(s => s.Status.ToString().ToLowerInvariant()), steps.Select(s => s.GetProperty("status").GetString()));

        // Unchanged data and config: the loader and the trainer come from cache, the promotion always runs.
        var byName = steps.ToDictionary(s => s.GetProperty("name").GetString()!);
        foreach (var cached in new[] { "data_loader", "train_data_splitter", "model_trainer" })
        {
            Assert.True(byName[cached].GetProperty("cached").GetBoolean(), $"{cached} should be served from cache.");
            var original = byName[cached].GetProperty("originalStepRunId").GetGuid();
            Assert.Equal(cached, Assert.Single(firstSteps, s => s.Id == original).StepName);
        }

        Assert.Equal("completed", byName["promote_with_metric_compare"].GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, byName["promote_with_metric_compare"].GetProperty("originalStepRunId").ValueKind);

        var splitter = stored.Single(s => s.StepName == "train_data_splitter");
        Assert.Equal(splitter.UpstreamSteps, byName["train_data_splitter"].GetProperty("upstream").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(
            splitter.Inputs.OrderBy(i => i.Key),
            byName["train_data_splitter"].GetProperty("inputs").EnumerateObject().Select(i => KeyValuePair.Create(i.Name, i.Value.GetGuid())).OrderBy(i => i.Key));
        Assert.Equal(
            splitter.Outputs.OrderBy(i => i.Key),
            byName["train_data_splitter"].GetProperty("outputs").EnumerateObject().Select(i => KeyValuePair.Create(i.Name, i.Value.GetGuid())).OrderBy(i => i.Key));
        Assert.Equal(splitter.CacheKey, byName["train_data_splitter"].GetProperty("cacheKey").GetString());
        Assert.All(steps, s => Assert.True(s.GetProperty("durationSeconds").GetDouble() >= 0));
    }

    [Fact]
    public async Task Show_by_id_as_a_table_marks_the_cached_steps()
    {
        var second = project.TrainingRuns[1];

        var result = (await project.RunAsync("run", "show", second.Id.ToString())).ExpectExit(0);

        Assert.Contains(second.Name, result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("yes", CachedCellOf(result.StandardOutput, "data_loader"));
        Assert.Equal("no", CachedCellOf(result.StandardOutput, "promote_with_metric_compare"));
    }

    [Fact]
    public async Task Show_of_an_unknown_run_exits_3()
    {
        var result = (await project.RunAsync("run", "show", "no_such_run")).ExpectExit(3);

        Assert.Contains("no pipeline run named 'no_such_run'", result.StandardError, StringComparison.Ordinal);
    }

    // The step table's "Cached" cell on the row whose first cell is the step's name.
    private static string CachedCellOf(string table, string step)
    {
        var header = table.Split('\n').Select(Cells).First(c => c.Contains("Step"));
        var row = table.Split('\n').Select(Cells).Single(c => c.Count > 1 && c[0] == step);
        return row[header.IndexOf("Cached")];
    }

    private static List<string> Cells(string line) => line.Split('│').Skip(1).SkipLast(1).Select(c => c.Trim()).ToList();
}

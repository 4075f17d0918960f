using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Commands;

public sealed class RunCommandsTests : IAsyncLifetime
{
    private TrainedStore _store = null!;

    public async Task InitializeAsync() => _store = await TrainedStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [Fact]
    public async Task List_json_gives_runs_newest_first_with_status_and_timings()
    {
        var runs = (await _store.RunAsync("run", "list", "--json")).Json();

        Assert.Equal(_store.Runs.Reverse().Select(r => r.Id), runs.EnumerateArray().Select(r => r.GetProperty("id").GetGuid()));
        Assert.All(runs.EnumerateArray(), r =>
        {
            Assert.Equal("completed", r.GetProperty("status").GetString());
            Assert.Equal(TrainedStore.TrainingPipeline, r.GetProperty("pipeline").GetString());
            Assert.True(r.GetProperty("durationSeconds").GetDouble() >= 0);
            Assert.True(r.GetProperty("ended").GetDateTimeOffset() >= r.GetProperty("started").GetDateTimeOffset());
        });
    }

    [Theory]
    [InlineData("--pipeline", TrainedStore.TrainingPipeline, 3)]
    [InlineData("--pipeline", "other_pipeline", 0)]
    [InlineData("--status", "completed", 3)]
    [InlineData("--status", "failed", 0)]
    public async Task List_filters_by_pipeline_and_status(string option, string value, int expectedCount)
    {
        var runs = (await _store.RunAsync("run", "list", option, value, "--json")).Json();

        Assert.Equal(expectedCount, runs.GetArrayLength());
    }

    [Fact]
    public async Task Show_json_lists_the_steps_with_cached_ones_marked()
    {
        var details = (await _store.RunAsync("run", "show", $"{TrainedStore.TrainingPipeline}_run_2", "--json")).Json();

        Assert.Equal(_store.Runs[1].Id, details.GetProperty("run").GetProperty("id").GetGuid());
        Assert.Equal(2, details.GetProperty("modelVersion").GetProperty("number").GetInt32());
        Assert.Equal("staging", details.GetProperty("modelVersion").GetProperty("stage").GetString());
        var steps = details.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["data_loader", "model_trainer"], steps.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal([true, false], steps.Select(s => s.GetProperty("cached").GetBoolean()));
        Assert.Equal(["cached", "completed"], steps.Select(s => s.GetProperty("status").GetString()));
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, steps[0].GetProperty("originalStepRunId").ValueKind);
        Assert.Equal(["data_loader"], steps[1].GetProperty("upstream").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(_store.Dataset.Id, steps[1].GetProperty("inputs").GetProperty(TrainedStore.DatasetArtifact).GetGuid());
        Assert.True(steps[1].GetProperty("durationSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task Show_by_id_as_a_table()
    {
        var result = (await _store.RunAsync("run", "show", _store.Runs[0].Id.ToString())).ExpectExit(0);

        Assert.Contains($"{TrainedStore.TrainingPipeline}_run_1", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("model_trainer", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("production", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_of_an_unknown_run_exits_3()
    {
        var result = (await _store.RunAsync("run", "show", "no_such_run")).ExpectExit(3);

        Assert.Contains("no pipeline run named 'no_such_run'", result.StandardError, StringComparison.Ordinal);
    }
}

using Modelplane.Cli.Tests.Infrastructure;
using Modelplane.Models;

namespace Modelplane.Cli.Tests.Commands;

public sealed class ModelVersionCommandsTests : IAsyncLifetime
{
    private const string Model = TrainedStore.ModelName;
    private TrainedStore _store = null!;

    public async Task InitializeAsync() => _store = await TrainedStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [Fact]
    public async Task List_json_gives_every_version_highest_first_with_its_stage()
    {
        var versions = (await _store.RunAsync("model", "version", "list", Model, "--json")).Json();

        Assert.Equal([3, 2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(["none", "staging", "production"], versions.EnumerateArray().Select(v => v.GetProperty("stage").GetString()));
        var first = versions[0];
        Assert.Equal(Model, first.GetProperty("model").GetString());
        Assert.Equal(_store.Versions[2].Id, first.GetProperty("id").GetGuid());
        Assert.Equal("Trained by run 3.", first.GetProperty("description").GetString());
        Assert.Equal(["candidate"], first.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("name").ValueKind);
        Assert.True(first.TryGetProperty("created", out _));
    }

    [Theory]
    [InlineData("--stage", "staging", 2)]
    [InlineData("--stage", "production", 1)]
    [InlineData("--tag", "candidate", 3)]
    public async Task List_filters_by_stage_and_tag(string option, string value, int expectedNumber)
    {
        var versions = (await _store.RunAsync("model", "version", "list", Model, option, value, "--json")).Json();

        Assert.Equal([expectedNumber], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task List_table_shows_stages()
    {
        var result = (await _store.RunAsync("model", "version", "list")).ExpectExit(0);

        Assert.Contains("production", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("staging", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("candidate", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_into_a_held_stage_without_force_is_a_conflict_that_names_force_and_changes_nothing()
    {
        var result = (await _store.RunAsync("model", "version", "update", Model, "3", "--stage", "staging")).ExpectExit(4);

        Assert.Contains("already has version 2 in stage 'staging'", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--force", result.StandardError, StringComparison.Ordinal);
        await using var client = await _store.OpenAsync();
        Assert.Equal(2, (await client.GetVersionAsync(Model, "staging")).Number);
        Assert.Equal(Stage.None, (await client.GetVersionAsync(Model, "3")).Stage);
    }

    [Fact]
    public async Task Force_moves_the_version_archives_the_holder_and_records_the_reason()
    {
        (await _store.RunAsync("model", "version", "update", Model, "latest", "--stage", "staging", "--force", "--reason", "wins on AUC")).ExpectExit(0);

        await using (var client = await _store.OpenAsync())
        {
            Assert.Equal(3, (await client.GetVersionAsync(Model, "staging")).Number);
            Assert.Equal(Stage.Archived, (await client.GetVersionAsync(Model, "2")).Stage);
        }

        var history = (await _store.RunAsync("model", "version", "history", Model, "--json")).Json();
        var last = history[history.GetArrayLength() - 1];
        Assert.Equal(3, last.GetProperty("version").GetInt32());
        Assert.Equal("none", last.GetProperty("from").GetString());
        Assert.Equal("staging", last.GetProperty("to").GetString());
        Assert.Equal("wins on AUC", last.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Latest_is_not_a_stage_to_move_to()
    {
        var result = (await _store.RunAsync("model", "version", "update", Model, "3", "--stage", "latest")).ExpectExit(2);

        Assert.Contains("'latest' is not a stage", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_sets_description_and_edits_tags()
    {
        (await _store.RunAsync("model", "version", "update", Model, "3", "-d", "Release candidate.", "-t", "rc", "-r", "candidate")).ExpectExit(0);

        await using var client = await _store.OpenAsync();
        var version = await client.GetVersionAsync(Model, "3");
        Assert.Equal("Release candidate.", version.Description);
        Assert.Equal(["rc"], version.Tags);
    }

    [Fact]
    public async Task Update_names_a_version_so_it_can_be_looked_up_by_name()
    {
        (await _store.RunAsync("model", "version", "update", Model, "2", "--name", "blue-fox")).ExpectExit(0);

        var artifacts = (await _store.RunAsync("model", "model-artifacts", Model, "-v", "blue-fox", "--json")).Json();
        Assert.Equal(2, artifacts[0].GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("42")]
    [InlineData("production")]
    public async Task A_numeric_or_stage_name_is_refused_before_anything_changes(string badName)
    {
        var result = (await _store.RunAsync("model", "version", "update", Model, "3", "--stage", "archived", "--name", badName)).ExpectExit(2);

        Assert.Contains(badName, result.StandardError, StringComparison.Ordinal);
        await using var client = await _store.OpenAsync();
        Assert.Equal(Stage.None, (await client.GetVersionAsync(Model, "3")).Stage);
    }

    [Fact]
    public async Task An_unknown_version_exits_3_naming_the_model_and_number()
    {
        var result = (await _store.RunAsync("model", "version", "update", Model, "9", "-d", "x")).ExpectExit(3);

        Assert.Contains("Model 'churn' has no version number 9", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_without_yes_and_without_a_terminal_refuses_and_keeps_the_version()
    {
        var result = (await _store.RunAsync("model", "version", "delete", Model, "3")).ExpectExit(2);

        Assert.Contains("--yes", result.StandardError, StringComparison.Ordinal);
        await using var client = await _store.OpenAsync();
        Assert.Equal(3, (await client.ListVersionsAsync(Model)).Count);
    }

    [Fact]
    public async Task Delete_with_yes_removes_the_version()
    {
        (await _store.RunAsync("model", "version", "delete", Model, "3", "--yes")).ExpectExit(0);

        var versions = (await _store.RunAsync("model", "version", "list", Model, "--json")).Json();
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task History_lists_every_stage_move_with_who_when_and_why()
    {
        var history = (await _store.RunAsync("model", "version", "history", Model, "--json")).Json();

        Assert.Equal(
            [(1, "none", "staging", "first model"), (1, "staging", "production", "approved"), (2, "none", "staging", "better recall")],
            history.EnumerateArray().Select(h => (h.GetProperty("version").GetInt32(), h.GetProperty("from").GetString(), h.GetProperty("to").GetString(), h.GetProperty("reason").GetString())));
        Assert.All(history.EnumerateArray(), h => Assert.Equal("ci-bot", h.GetProperty("actor").GetString()));
        Assert.All(history.EnumerateArray(), h => Assert.True(h.GetProperty("at").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1)));
    }

    [Fact]
    public async Task History_of_one_version_and_as_a_table()
    {
        var history = (await _store.RunAsync("model", "version", "history", Model, "-v", "production", "--json")).Json();
        Assert.Equal(2, history.GetArrayLength());

        var table = (await _store.RunAsync("model", "version", "history", Model)).ExpectExit(0);
        Assert.Contains("better recall", table.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ci-bot", table.StandardOutput, StringComparison.Ordinal);
    }
}

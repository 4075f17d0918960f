using System.Text.Json;
using Modelplane.Cli.Tests.Trained;
using Modelplane.Models;

namespace Modelplane.Cli.Tests.Commands;

/// <summary>
/// <c>model version</c> against the trained project: training run 1 made version 1 and promoted it to
/// staging; run 2 made version 2, which took staging and archived version 1.
/// </summary>
[Collection(TrainedProjectCollection.Name)]
public sealed class ModelVersionCommandsTests(TrainedProjectFixture project)
{
    private const string Model = TrainedProjectFixture.ModelName;

    [Fact]
    public async Task List_json_gives_every_version_highest_first_as_the_store_holds_it()
    {
        IReadOnlyList<ModelVersion> stored;
        await using (var client = await project.OpenAsync())
        {
            stored = (await client.ListVersionsAsync(Model)).OrderByDescending(v => v.Number).ToList();
        }

        var versions = (await project.RunAsync("model", "version", "list", Model, "--json")).Json().EnumerateArray().ToList();

        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(["staging", "archived"], versions.Select(v => v.GetProperty("stage").GetString()));
        Assert.Equal(stored.Select(v => v.Id), versions.Select(v => v.GetProperty("id").GetGuid()));
        Assert.All(versions, v => Assert.Equal(Model, v.GetProperty("model").GetString()));
        Assert.Equal(stored.Select(v => v.Description), versions.Select(v => v.GetProperty("description").GetString()));
        Assert.All(versions, v => Assert.Equal(JsonValueKind.Array, v.GetProperty("tags").ValueKind));
        Assert.All(versions, v => Assert.Equal(JsonValueKind.Null, v.GetProperty("name").ValueKind));
        Assert.Equal(stored.Select(v => v.Created), versions.Select(v => v.GetProperty("created").GetDateTimeOffset()));
    }

    [Theory]
    [InlineData("staging", new[] { 2 })]
    [InlineData("archived", new[] { 1 })]
    [InlineData("production", new int[0])]
    public async Task List_filters_by_stage(string stage, int[] expectedNumbers)
    {
        var versions = (await project.RunAsync("model", "version", "list", Model, "--stage", stage, "--json")).Json();

        Assert.Equal(expectedNumbers, versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task List_filters_by_a_tag_given_with_update()
    {
        using var store = project.CopyStore();
        (await store.RunAsync("model", "version", "update", Model, "1", "-t", "baseline")).ExpectExit(0);

        var tagged = (await store.RunAsync("model", "version", "list", Model, "--tag", "baseline", "--json")).Json();
        var untagged = (await store.RunAsync("model", "version", "list", Model, "--tag", "candidate", "--json")).Json();

        Assert.Equal([1], tagged.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(0, untagged.GetArrayLength());
    }

    [Fact]
    public async Task List_table_shows_each_version_with_its_stage()
    {
        var result = (await project.RunAsync("model", "version", "list", Model)).ExpectExit(0);

        var rows = result.StandardOutput.Split('\n').Where(l => l.Contains(Model, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("staging", rows[0], StringComparison.Ordinal);
        Assert.Contains("archived", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_into_a_held_stage_without_force_is_a_conflict_that_names_force_and_changes_nothing()
    {
        using var store = project.CopyStore();

        var result = (await store.RunAsync("model", "version", "update", Model, "1", "--stage", "staging")).ExpectExit(4);

        Assert.Contains("already has version 2 in stage 'staging'", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--force", result.StandardError, StringComparison.Ordinal);
        await using var client = await store.OpenAsync();
        Assert.Equal(2, (await client.GetVersionAsync(Model, "staging")).Number);
        Assert.Equal(Stage.Archived, (await client.GetVersionAsync(Model, "1")).Stage);
    }

    [Fact]
    public async Task Force_rolls_back_to_the_archived_version_archives_the_holder_and_records_the_reason()
    {
        using var store = project.CopyStore();

        (await store.RunAsync("model", "version", "update", Model, "archived", "--stage", "staging", "--force", "--reason", "roll back")).ExpectExit(0);

        await using (var client = await store.OpenAsync())
        {
            Assert.Equal(1, (await client.GetVersionAsync(Model, "staging")).Number);
            Assert.Equal(Stage.Archived, (await client.GetVersionAsync(Model, "2")).Stage);
        }

        var history = (await store.RunAsync("model", "version", "history", Model, "--json")).Json().EnumerateArray().ToList();
        Assert.Contains(history, h => h.GetProperty("version").GetInt32() == 2 && h.GetProperty("from").GetString() == "staging" && h.GetProperty("to").GetString() == "archived");
        var last = history[^1];
        Assert.Equal(1, last.GetProperty("version").GetInt32());
        Assert.Equal("archived", last.GetProperty("from").GetString());
        Assert.Equal("staging", last.GetProperty("to").GetString());
        Assert.Equal("roll back", last.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Latest_is_not_a_stage_to_move_to()
    {
        using var store = project.CopyStore();

        var result = (await store.RunAsync("model", "version", "update", Model, "1", "--stage", "latest")).ExpectExit(2);

        Assert.Contains("'latest' is not a stage", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_sets_description_and_edits_tags()
    {
        using var store = project.CopyStore();
        (await store.RunAsync("model", "version", "update", Model, "2", "-t", "candidate")).ExpectExit(0);

        (await store.RunAsync("model", "version", "update", Model, "2", "-d", "Release candidate.", "-t", "rc", "-r", "candidate")).ExpectExit(0);

        await using var client = await store.OpenAsync();
        var version = await client.GetVersionAsync(Model, "2");
        Assert.Equal("Release candidate.", version.Description);
        Assert.Equal(["rc"], version.Tags);
    }

    [Fact]
    public async Task Update_names_a_version_so_it_can_be_looked_up_by_name()
    {
        using var store = project.CopyStore();

        (await store.RunAsync("model", "version", "update", Model, "1", "--name", "first-run")).ExpectExit(0);

        var runs = (await store.RunAsync("model", "runs", Model, "-v", "first-run", "--json")).Json();
        Assert.Equal(project.TrainingRuns[0].Id, Assert.Single(runs.EnumerateArray()).GetProperty("id").GetGuid());
        var listed = (await store.RunAsync("model", "version", "list", Model, "--stage", "archived", "--json")).Json();
        Assert.Equal("first-run", listed[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("42")]
    [InlineData("production")]
    public async Task A_numeric_or_stage_name_is_refused_before_anything_changes(string badName)
    {
        using var store = project.CopyStore();

        var result = (await store.RunAsync("model", "version", "update", Model, "2", "--stage", "production", "--name", badName)).ExpectExit(2);

        Assert.Contains(badName, result.StandardError, StringComparison.Ordinal);
        await using var client = await store.OpenAsync();
        Assert.Equal(Stage.Staging, (await client.GetVersionAsync(Model, "2")).Stage);
    }

    [Fact]
    public async Task An_unknown_version_exits_3_naming_the_model_and_number()
    {
        using var store = project.CopyStore();

        var result = (await store.RunAsync("model", "version", "update", Model, "9", "-d", "x")).ExpectExit(3);

        Assert.Contains($"Model '{Model}' has no version number 9", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_without_yes_and_without_a_terminal_refuses_and_keeps_the_version()
    {
        using var store = project.CopyStore();

        var result = (await store.RunAsync("model", "version", "delete", Model, "1")).ExpectExit(2);

        Assert.Contains("--yes", result.StandardError, StringComparison.Ordinal);
        await using var client = await store.OpenAsync();
        Assert.Equal(2, (await client.ListVersionsAsync(Model)).Count);
    }

    [Fact]
    public async Task Delete_with_yes_removes_the_version_and_leaves_the_other()
    {
        using var store = project.CopyStore();

        (await store.RunAsync("model", "version", "delete", Model, "archived", "--yes")).ExpectExit(0);

        var versions = (await store.RunAsync("model", "version", "list", Model, "--json")).Json();
        Assert.Equal([2], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        (await store.RunAsync("model", "runs", Model, "-v", "staging", "--json")).ExpectExit(0);
    }

    [Fact]
    public async Task History_lists_the_promotions_of_both_training_runs_with_who_when_and_why()
    {
        IReadOnlyList<StageTransition> stored;
        await using (var client = await project.OpenAsync())
        {
            stored = await client.GetStageHistoryAsync(Model);
        }

        var history = (await project.RunAsync("model", "version", "history", Model, "--json")).Json().EnumerateArray().ToList();

        Assert.Equal(
            [(1, "none", "staging"), (1, "staging", "archived"), (2, "none", "staging")],
            history.Select(h => (h.GetProperty("version").GetInt32(), h.GetProperty("from").GetString(), h.GetProperty("to").GetString())));
        Assert.Equal(stored.Select(s => s.Reason), history.Select(h => h.GetProperty("reason").GetString()));
        Assert.All(history, h => Assert.False(string.IsNullOrWhiteSpace(h.GetProperty("reason").GetString())));
        Assert.Equal(stored.Select(s => s.VersionId), history.Select(h => h.GetProperty("versionId").GetGuid()));
        Assert.All(history, h => Assert.Equal(Environment.UserName, h.GetProperty("actor").GetString()));
        Assert.Equal(stored.Select(s => s.At), history.Select(h => h.GetProperty("at").GetDateTimeOffset()));
    }

    [Fact]
    public async Task History_of_one_version_and_as_a_table()
    {
        var archived = (await project.RunAsync("model", "version", "history", Model, "-v", "archived", "--json")).Json();
        Assert.Equal([1, 1], archived.EnumerateArray().Select(h => h.GetProperty("version").GetInt32()));

        var table = (await project.RunAsync("model", "version", "history", Model)).ExpectExit(0);
        Assert.Contains(Environment.UserName, table.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(archived[1].GetProperty("reason").GetString()!, table.StandardOutput, StringComparison.Ordinal);
    }
}

using Modelplane.Cli.Tests.Trained;
using Modelplane.Models;

namespace Modelplane.Cli.Tests.Commands;

[Collection(TrainedProjectCollection.Name)]
public sealed class ModelCommandsTests(TrainedProjectFixture project)
{
    private const string Model = TrainedProjectFixture.ModelName;

    [Fact]
    public async Task List_shows_the_trained_model_with_its_latest_version_and_stage_in_a_table()
    {
        var latest = await LatestVersionAsync();

        var result = (await project.RunAsync("model", "list")).ExpectExit(0);

        var row = result.StandardOutput.Split('\n').Single(l => l.Contains(Model, StringComparison.Ordinal));
        Assert.Contains($" {latest.Number} ", row, StringComparison.Ordinal);
        Assert.Contains(Stages.ToText(latest.Stage), row, StringComparison.Ordinal);
        Assert.Contains("ml.net", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_json_gives_the_model_card_from_the_training_config_in_the_documented_camel_case_shape()
    {
        Model card;
        await using (var client = await project.OpenAsync())
        {
            card = await client.GetModelAsync(Model);
        }

        var latest = await LatestVersionAsync();

        var models = (await project.RunAsync("model", "list", "--json")).Json();

        var model = Assert.Single(models.EnumerateArray());
        Assert.Equal(Model, model.GetProperty("name").GetString());
        Assert.Equal(card.Id, model.GetProperty("id").GetGuid());
        Assert.Equal(card.Description, model.GetProperty("description").GetString());
        Assert.Equal(card.License, model.GetProperty("license").GetString());
        Assert.Equal(card.Tags, model.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("ml.net", card.Tags);
        Assert.Equal(project.TrainingRuns.Count, model.GetProperty("versionCount").GetInt32());
        var latestVersion = model.GetProperty("latestVersion");
        Assert.Equal(latest.Number, latestVersion.GetProperty("number").GetInt32());
        Assert.Equal(latest.Id, latestVersion.GetProperty("id").GetGuid());
        Assert.Equal(Stages.ToText(latest.Stage), latestVersion.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Register_creates_a_model_with_its_card_and_refuses_the_trained_models_name()
    {
        using var store = project.CopyStore();

        (await store.RunAsync("model", "register", "-n", "fraud", "-d", "Flags fraud.", "-l", "MIT", "-a", "analysts", "-t", "tabular", "-t", "beta"))
            .ExpectExit(0);

        await using (var client = await store.OpenAsync())
        {
            var fraud = await client.GetModelAsync("fraud");
            Assert.Equal("Flags fraud.", fraud.Description);
            Assert.Equal("MIT", fraud.License);
            Assert.Equal("analysts", fraud.Audience);
            Assert.Equal(["tabular", "beta"], fraud.Tags);
        }

        var again = (await store.RunAsync("model", "register", "--name", Model)).ExpectExit(4);
        Assert.Contains($"Model '{Model}' already exists", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_changes_only_the_given_fields_and_edits_tags()
    {
        using var store = project.CopyStore();
        Model before;
        await using (var client = await store.OpenAsync())
        {
            before = await client.GetModelAsync(Model);
        }

        (await store.RunAsync("model", "update", Model, "--limitations", "US hospitals only", "-t", "reviewed", "-r", "batch"))
            .ExpectExit(0);

        await using (var client = await store.OpenAsync())
        {
            var after = await client.GetModelAsync(Model);
            Assert.Equal("US hospitals only", after.Limitations);
            Assert.Equal(before.Description, after.Description);
            Assert.Equal(before.License, after.License);
            Assert.Equal(before.Tags.Where(t => t != "batch").Append("reviewed").Order(), after.Tags.Order());
        }
    }

    [Fact]
    public async Task Commands_on_an_unknown_model_exit_3_and_say_how_to_list_models()
    {
        using var store = project.CopyStore();

        var result = (await store.RunAsync("model", "update", "nope", "-d", "x")).ExpectExit(3);

        Assert.Contains("Model 'nope' does not exist", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("modelplane model list", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_model_without_yes_and_without_a_terminal_refuses_and_keeps_it()
    {
        using var store = project.CopyStore();

        var result = (await store.RunAsync("model", "delete", Model)).ExpectExit(2);

        Assert.Contains("Re-run with --yes", result.StandardError, StringComparison.Ordinal);
        var versions = (await store.RunAsync("model", "version", "list", Model, "--json")).Json();
        Assert.Equal(project.TrainingRuns.Count, versions.GetArrayLength());
    }

    [Fact]
    public async Task Delete_model_with_yes_removes_it_with_its_versions()
    {
        using var store = project.CopyStore();

        (await store.RunAsync("model", "delete", Model, "--yes")).ExpectExit(0);

        Assert.Equal(0, (await store.RunAsync("model", "list", "--json")).Json().GetArrayLength());
        (await store.RunAsync("model", "version", "list", Model)).ExpectExit(3);
    }

    private async Task<ModelVersion> LatestVersionAsync()
    {
        await using var client = await project.OpenAsync();
        return await client.GetVersionAsync(Model, "latest");
    }
}

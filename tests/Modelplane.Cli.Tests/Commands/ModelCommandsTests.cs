using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Commands;

public sealed class ModelCommandsTests : IAsyncLifetime
{
    private TrainedStore _store = null!;

    public async Task InitializeAsync() => _store = await TrainedStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [Fact]
    public async Task List_shows_each_model_with_its_latest_version_in_a_table()
    {
        var result = (await _store.RunAsync("model", "list")).ExpectExit(0);

        var row = result.StandardOutput.Split('\n').Single(l => l.Contains(TrainedStore.ModelName, StringComparison.Ordinal));
        Assert.Contains("tabular", row, StringComparison.Ordinal);
        Assert.Contains(" 3 ", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_json_has_the_documented_camel_case_shape()
    {
        var models = (await _store.RunAsync("model", "list", "--json")).Json();

        var model = Assert.Single(models.EnumerateArray());
        Assert.Equal(TrainedStore.ModelName, model.GetProperty("name").GetString());
        Assert.Equal("Predicts customer churn.", model.GetProperty("description").GetString());
        Assert.Equal("MIT", model.GetProperty("license").GetString());
        Assert.Equal(["tabular"], model.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(3, model.GetProperty("versionCount").GetInt32());
        var latest = model.GetProperty("latestVersion");
        Assert.Equal(3, latest.GetProperty("number").GetInt32());
        Assert.Equal(_store.Versions[2].Id, latest.GetProperty("id").GetGuid());
        Assert.Equal("none", latest.GetProperty("stage").GetString());
        Assert.True(Guid.TryParse(model.GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Register_creates_a_model_with_its_card_and_refuses_an_existing_name()
    {
        (await _store.RunAsync("model", "register", "-n", "fraud", "-d", "Flags fraud.", "-l", "Apache-2.0", "-a", "analysts", "-t", "tabular", "-t", "beta"))
            .ExpectExit(0);

        await using (var client = await _store.OpenAsync())
        {
            var fraud = await client.GetModelAsync("fraud");
            Assert.Equal("Flags fraud.", fraud.Description);
            Assert.Equal("Apache-2.0", fraud.License);
            Assert.Equal("analysts", fraud.Audience);
            Assert.Equal(["tabular", "beta"], fraud.Tags);
        }

        var again = (await _store.RunAsync("model", "register", "--name", "fraud")).ExpectExit(4);
        Assert.Contains("Model 'fraud' already exists", again.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_changes_only_the_given_fields_and_edits_tags()
    {
        (await _store.RunAsync("model", "update", TrainedStore.ModelName, "--limitations", "US customers only", "-t", "reviewed", "-r", "tabular"))
            .ExpectExit(0);

        await using var client = await _store.OpenAsync();
        var model = await client.GetModelAsync(TrainedStore.ModelName);
        Assert.Equal("US customers only", model.Limitations);
        Assert.Equal("Predicts customer churn.", model.Description);
        Assert.Equal(["reviewed"], model.Tags);
    }

    [Fact]
    public async Task Commands_on_an_unknown_model_exit_3_and_say_how_to_list_models()
    {
        var result = (await _store.RunAsync("model", "update", "nope", "-d", "x")).ExpectExit(3);

        Assert.Contains("Model 'nope' does not exist", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("modelplane model list", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_model_without_yes_and_without_a_terminal_refuses_and_keeps_it()
    {
        var result = (await _store.RunAsync("model", "delete", TrainedStore.ModelName)).ExpectExit(2);

        Assert.Contains("Re-run with --yes", result.StandardError, StringComparison.Ordinal);
        var models = (await _store.RunAsync("model", "list", "--json")).Json();
        Assert.Equal(1, models.GetArrayLength());
    }

    [Fact]
    public async Task Delete_model_with_yes_removes_it_with_its_versions()
    {
        (await _store.RunAsync("model", "delete", TrainedStore.ModelName, "--yes")).ExpectExit(0);

        Assert.Equal(0, (await _store.RunAsync("model", "list", "--json")).Json().GetArrayLength());
        (await _store.RunAsync("model", "version", "list", TrainedStore.ModelName)).ExpectExit(3);
    }
}

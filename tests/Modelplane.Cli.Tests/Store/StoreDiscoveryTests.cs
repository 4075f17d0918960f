using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Store;

public sealed class StoreDiscoveryTests : IAsyncLifetime
{
    private ApiMadeStore _store = null!;
    private readonly TemporaryFolder _elsewhere = new();

    public async Task InitializeAsync() => _store = await ApiMadeStore.CreateAsync();

    public async Task DisposeAsync()
    {
        _elsewhere.Dispose();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task The_store_of_a_parent_folder_is_found()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_store.ProjectFolder, "src", "deep")).FullName;

        var models = (await CliRunner.RunAsync(nested, null, "model", "list", "--json")).Json();

        Assert.Equal(ApiMadeStore.ModelName, models[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_environment_variable_names_the_store()
    {
        var environment = new Dictionary<string, string> { [ModelplaneClient.StoreEnvironmentVariable] = _store.StoreFolder };

        var models = (await CliRunner.RunAsync(_elsewhere.Path, environment, "model", "list", "--json")).Json();

        Assert.Equal(1, models.GetArrayLength());
    }

    [Fact]
    public async Task The_store_option_wins_over_the_environment_and_the_folder()
    {
        var environment = new Dictionary<string, string> { [ModelplaneClient.StoreEnvironmentVariable] = Path.Combine(_elsewhere.Path, "missing") };

        var viaOption = (await CliRunner.RunAsync(_elsewhere.Path, environment, "--store", _store.StoreFolder, "model", "list", "--json")).Json();
        Assert.Equal(1, viaOption.GetArrayLength());

        var viaSqliteFile = (await CliRunner.RunAsync(_elsewhere.Path, null, "model", "list", "--json", "--store", $"sqlite:{Path.Combine(_store.StoreFolder, "modelplane.db")}")).Json();
        Assert.Equal(1, viaSqliteFile.GetArrayLength());
    }

    [Fact]
    public async Task No_store_anywhere_exits_3_and_says_how_to_point_at_one()
    {
        var result = (await CliRunner.RunAsync(_elsewhere.Path, null, "model", "list")).ExpectExit(3);

        Assert.Contains("No Modelplane store found", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("--store", result.StandardError, StringComparison.Ordinal);
        Assert.Contains(ModelplaneClient.StoreEnvironmentVariable, result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_elsewhere.Path, ModelplaneClient.DefaultStoreFolder)), "A read command must not create a store.");
    }

    [Fact]
    public async Task A_store_path_that_does_not_exist_is_an_error_not_a_new_store()
    {
        var missing = Path.Combine(_elsewhere.Path, "typo");

        var result = (await CliRunner.RunAsync(_elsewhere.Path, null, "--store", missing, "model", "list")).ExpectExit(3);

        Assert.Contains(missing, result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public async Task A_password_in_a_connection_string_is_never_printed()
    {
        var result = await CliRunner.RunAsync(_elsewhere.Path, null, "--store", "Host=db.internal;Username=ml;Password=hunter2", "model", "list");

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("hunter2", result.StandardError + result.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_postgresql_connection_string_opens_the_team_store()
    {
        var connectionString = Environment.GetEnvironmentVariable("MODELPLANE_TEST_POSTGRES");
        var required = Environment.GetEnvironmentVariable("MODELPLANE_TEST_REQUIRE_SERVICES") == "1";
        if (string.IsNullOrEmpty(connectionString))
        {
            Assert.False(required, "MODELPLANE_TEST_POSTGRES is not set but MODELPLANE_TEST_REQUIRE_SERVICES=1.");
            Skip.If(true, "PostgreSQL CLI test skipped: set MODELPLANE_TEST_POSTGRES to a connection string.");
        }

        var environment = new Dictionary<string, string> { ["MODELPLANE_ARTIFACTS"] = Path.Combine(_elsewhere.Path, "artifacts") };

        var result = await CliRunner.RunAsync(_elsewhere.Path, environment, "--store", connectionString!, "model", "list", "--json");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, result.Json().ValueKind);
    }
}

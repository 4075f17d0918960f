using Modelplane.Artifacts;
using Modelplane.Models;
using Modelplane.PostgreSql;
using Modelplane.Runs;
using Modelplane.Templates.Tests.Infrastructure;
using Npgsql;

namespace Modelplane.Templates.Tests;

/// <summary>
/// ZenML's ten single-option cases plus all-off and all-on: each generated project builds without warnings,
/// passes its own tests, runs training then batch inference, and leaves in its store exactly one completed run of
/// each pipeline, a version in the target stage, and predictions linked to that version and written as CSV.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class GeneratedProjectRunTests(TemplatePackFixture pack)
{
    private const string PostgresVariable = "MODELPLANE_TEST_POSTGRES";

    /// <summary>Case name, product name, target stage and the options away from the defaults.</summary>
    public static TheoryData<string, string, string, string[]> SingleOptionCases => new()
    {
        { "LicenseMit", "e2e_use_case", "staging", ["--license", "mit"] },
        { "LicenseNone", "e2e_use_case", "staging", ["--license", "none"] },
        { "CustomProduct", "custom_product_name", "staging", ["--product-name", "custom_product_name"] },
        { "NoHpTuning", "e2e_use_case", "staging", ["--hyperparameter-tuning", "false"] },
        { "LatestPromotion", "e2e_use_case", "staging", ["--metric-compare-promotion", "false"] },
        { "NoDataQuality", "e2e_use_case", "staging", ["--data-quality-checks", "false"] },
        { "Production", "e2e_use_case", "production", ["--target-environment", "production"] },
        { "NoNotifyOnFailure", "e2e_use_case", "staging", ["--notify-on-failures", "false"] },
        { "NotifyOnSuccess", "e2e_use_case", "staging", ["--notify-on-successes", "true"] },
        {
            "AllOff", "e2e_use_case", "staging",
            [
                "--hyperparameter-tuning", "false", "--metric-compare-promotion", "false", "--data-quality-checks", "false",
                "--notify-on-failures", "false", "--notify-on-successes", "false", "--license", "none",
            ]
        },
    };

    [Fact]
    public async Task With_every_feature_on_the_project_trains_promotes_and_scores_and_a_second_training_process_is_served_from_cache()
    {
        var output = await BuildTestAndRunAsync("AllOn", "e2e_use_case", "staging", ["--notify-on-successes", "true"]);

        // A second training in a new process, as a user re-running the README command: unchanged data and
        // config must hit the cache (string hashing and thread scheduling differ between processes).
        await RunAsync(output, pack.GeneratedProjectEnvironment, "run", "--project", "src/AllOn", "--no-build", "--", "train");

        await using var client = await ModelplaneClient.CreateBuilder(Path.Combine(output, ModelplaneClient.DefaultStoreFolder)).BuildAsync();
        var second = (await client.ListRunsAsync())
            .Where(run => run.PipelineName == "e2e_use_case_training")
            .OrderBy(run => run.Started)
            .Last();
        var steps = await client.ListStepRunsAsync(second.Id);
        foreach (var step in new[] { "data_loader", "train_data_splitter", "train_data_preprocessor", "hp_tuning_select_best_model", "model_trainer" })
        {
            Assert.Equal(RunStatus.Cached, Assert.Single(steps, s => s.StepName == step).Status);
        }
    }

    [Theory]
    [Trait("Tier", "Full")]
    [MemberData(nameof(SingleOptionCases))]
    public Task With_one_option_changed_the_project_trains_promotes_and_scores(string name, string product, string stage, string[] options) =>
        BuildTestAndRunAsync(name, product, stage, options);

    [SkippableFact]
    [Trait("Tier", "Full")]
    public async Task With_a_PostgreSQL_store_url_the_project_trains_promotes_and_scores_in_that_database()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        Skip.If(string.IsNullOrEmpty(server) && Environment.GetEnvironmentVariable("MODELPLANE_TEST_REQUIRE_SERVICES") != "1",
            $"{PostgresVariable} is not set: the custom store URL case needs a PostgreSQL server.");
        Assert.False(string.IsNullOrEmpty(server), $"MODELPLANE_TEST_REQUIRE_SERVICES=1 but {PostgresVariable} is not set.");

        var database = $"modelplane_tt_{Guid.NewGuid():N}"[..30];
        await using (var admin = new NpgsqlDataSourceBuilder(server).Build())
        {
            await admin.CreateCommand($"CREATE DATABASE {database}").ExecuteNonQueryAsync();
        }

        var store = new NpgsqlConnectionStringBuilder(server) { Database = database };
        // As the generated config asks: the password stays out of the URL written into the project.
        var url = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Password = null }.ConnectionString;
        await BuildTestAndRunAsync("StoreUrl", "e2e_use_case", "staging", ["--metadata-store-url", url], store.ConnectionString, store.Password);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public async Task Published_ReadyToRun_as_the_project_README_says_the_app_trains_and_scores_from_the_project_folder()
    {
        var output = await pack.InstantiateAsync("Published");
        var environment = pack.GeneratedProjectEnvironment;

        var publish = await RunAsync(output, environment, "publish", "src/Published", "-c", "Release", "-p:PublishReadyToRun=true", "-o", "publish");
        Assert.DoesNotMatch(@"warning [A-Z]+\d+", publish.StandardOutput);
        var app = Path.Combine(output, "publish", OperatingSystem.IsWindows() ? "Published.exe" : "Published");
        foreach (var command in new[] { "train", "infer" })
        {
            var outcome = await Modelplane.Testing.ChildProcess.RunAsync(app, [command], output, environment, TimeSpan.FromMinutes(5));
            Assert.True(outcome.ExitCode == 0, $"{app} {command} exited with {outcome.ExitCode}:\n{outcome.StandardOutput}\n{outcome.StandardError}");
        }

        await using var client = await ModelplaneClient.CreateBuilder(Path.Combine(output, ModelplaneClient.DefaultStoreFolder)).BuildAsync();
        var staged = await client.GetVersionAsync("e2e_use_case", "staging");
        Assert.Contains(await client.ListLinkedArtifactsAsync(staged.Id, ArtifactKind.Data), artifact => artifact.Name == "predictions");
        Assert.True(File.Exists(Path.Combine(output, "out", "predictions.csv")));
    }

    private async Task<string> BuildTestAndRunAsync(
        string name, string product, string stage, string[] options, string? store = null, string? storePassword = null)
    {
        var output = await pack.InstantiateAsync(name, options);
        var environment = new Dictionary<string, string>(pack.GeneratedProjectEnvironment);
        if (store is not null)
        {
            // The PostgreSQL store keeps metadata only; artifact files go to a folder.
            environment[Storage.Providers.ArtifactStoreProviders.EnvironmentVariable] = Path.Combine(output, "artifacts");
        }

        if (storePassword is not null)
        {
            environment["PGPASSWORD"] = storePassword;
            Assert.DoesNotContain("Password=", await File.ReadAllTextAsync(Path.Combine(output, "configs", "train_config.yaml")), StringComparison.OrdinalIgnoreCase);
        }

        var build = await RunAsync(output, environment, "build", $"{name}.slnx");
        Assert.Matches(@"(?m)^\s*0 Warning\(s\)", build.StandardOutput);
        await RunAsync(output, environment, "test", $"{name}.slnx", "--no-build");
        await RunAsync(output, environment, "run", "--project", $"src/{name}", "--no-build");

        if (store is not null)
        {
            PostgreSqlStore.Register();
        }

        await using var client = await ModelplaneClient.CreateBuilder(store ?? Path.Combine(output, ModelplaneClient.DefaultStoreFolder))
            .UseArtifactStore(store is null ? Path.Combine(output, ModelplaneClient.DefaultStoreFolder, "artifacts") : Path.Combine(output, "artifacts"))
            .BuildAsync();
        var runs = await client.ListRunsAsync();
        Assert.Single(runs, run => run.PipelineName == $"{product}_training" && run.Status == RunStatus.Completed);
        Assert.Single(runs, run => run.PipelineName == $"{product}_batch_inference" && run.Status == RunStatus.Completed);
        Assert.Equal(2, runs.Count);

        var staged = await client.GetVersionAsync(product, stage);
        var linked = await client.ListLinkedArtifactsAsync(staged.Id, ArtifactKind.Data);
        Assert.Contains(linked, artifact => artifact.Name == "predictions");

        var batchRows = File.ReadLines(Path.Combine(output, "out", "inference_batch.csv")).Count() - 1;
        var predictionRows = File.ReadLines(Path.Combine(output, "out", "predictions.csv")).Count() - 1;
        Assert.Equal(batchRows, predictionRows);
        Assert.InRange(predictionRows, 27, 31); // 5 % of 569 rows, stratified
        return output;
    }

    private static async Task<ProcessResult> RunAsync(string output, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        (await Dotnet.RunAsync(output, arguments, environment, TimeSpan.FromMinutes(10))).EnsureSuccess();
}

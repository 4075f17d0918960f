using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Modelplane.PostgreSql;
using Modelplane.Runs;
using Modelplane.S3;
using Modelplane.Storage.Providers;
using Modelplane.Templates.Tests.Infrastructure;
using Npgsql;

namespace Modelplane.Templates.Tests.TeamMode;

/// <summary>
/// Team mode end to end, with the commands of the README's "Team mode" section: a project generated with a
/// password-less PostgreSQL URL, the password in PGPASSWORD and artifacts in an S3 bucket (npm's s3rver), trains,
/// promotes and scores; metadata lands in the database, artifact files in the bucket, and no secret is printed.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class TeamModeRunTests(TemplatePackFixture pack)
{
    private const string PostgresVariable = "MODELPLANE_TEST_POSTGRES";
    private const string S3Variable = "MODELPLANE_TEST_S3";
    private const string Name = "TeamModel";
    private const string Model = "e2e_use_case";

    // s3rver's built-in credentials.
    private const string S3AccessKey = "S3RVER";
    private const string S3SecretKey = "S3RVER";

    [SkippableFact]
    public async Task With_PostgreSQL_metadata_and_S3_artifacts_the_project_trains_promotes_and_scores_without_printing_secrets()
    {
        var server = Service(PostgresVariable);
        var s3 = Service(S3Variable);
        var connection = new NpgsqlConnectionStringBuilder(server);
        var database = $"modelplane_tm_{Guid.NewGuid():N}"[..30];
        await using (var admin = new NpgsqlDataSourceBuilder(server).Build())
        {
            await admin.CreateCommand($"CREATE DATABASE {database}").ExecuteNonQueryAsync();
        }

        using var bucketClient = new AmazonS3Client(new BasicAWSCredentials(S3AccessKey, S3SecretKey), new AmazonS3Config
        {
            ServiceURL = s3,
            ForcePathStyle = true,
            AuthenticationRegion = "us-east-1",
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
        var bucket = $"modelplane-tm-{Guid.NewGuid():N}"[..40];
        await bucketClient.PutBucketAsync(bucket);

        // The URL a team commits: no password in it.
        var storeUrl = $"postgres://{connection.Username}@{connection.Host}:{connection.Port}/{database}";
        var output = await pack.InstantiateAsync(Name, "--metadata-store-url", storeUrl);
        var artifacts = $"s3://{bucket}/churn";
        var environment = new Dictionary<string, string>(pack.GeneratedProjectEnvironment)
        {
            ["PGPASSWORD"] = connection.Password!,
            [ArtifactStoreProviders.EnvironmentVariable] = artifacts,
            [S3ArtifactStoreOptions.EndpointVariable] = s3,
            ["AWS_ACCESS_KEY_ID"] = S3AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = S3SecretKey,
            [S3ArtifactStoreOptions.CacheVariable] = Path.Combine(output, "s3-cache"),
        };

        var run = (await Dotnet.RunAsync(output, ["run", "--project", $"src/{Name}"], environment, TimeSpan.FromMinutes(10))).EnsureSuccess();

        var printed = run.StandardOutput + run.StandardError;
        foreach (var secret in new[] { server, $"Password={connection.Password}", $":{connection.Password}@", S3SecretKey })
        {
            Assert.DoesNotContain(secret, printed);
        }

        Assert.Contains(storeUrl, File.ReadAllText(Path.Combine(output, "configs", "train_config.yaml")));
        Assert.False(Directory.Exists(Path.Combine(output, ModelplaneClient.DefaultStoreFolder)), "Nothing may go to the embedded store.");

        PostgreSqlStore.Register();
        S3ArtifactStore.Register();
        await using var client = await ModelplaneClient
            .CreateBuilder(new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString)
            .UseArtifactStore(new S3ArtifactStore(new S3ArtifactStoreOptions
            {
                BucketName = bucket,
                Prefix = "churn",
                ServiceUrl = new Uri(s3),
                AccessKeyId = S3AccessKey,
                SecretAccessKey = S3SecretKey,
                CacheFolder = Path.Combine(output, "s3-cache-test"),
            }))
            .BuildAsync();
        var runs = await client.ListRunsAsync();
        Assert.Single(runs, r => r.PipelineName == $"{Model}_training" && r.Status == RunStatus.Completed);
        Assert.Single(runs, r => r.PipelineName == $"{Model}_batch_inference" && r.Status == RunStatus.Completed);

        var staged = await client.GetVersionAsync(Model, "staging");
        var linked = await client.ListLinkedArtifactsAsync(staged.Id);
        Assert.Contains(linked, artifact => artifact.Name == "model");
        Assert.Contains(linked, artifact => artifact.Name == "predictions");

        var keys = ((await bucketClient.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket })).S3Objects ?? []).Select(o => o.Key).ToHashSet();
        foreach (var artifact in linked)
        {
            Assert.Contains($"churn/sha256/{artifact.ContentHash[..2]}/{artifact.ContentHash}", keys);
        }

        // Loading back from the bucket verifies the hash of what the app uploaded.
        Assert.NotEmpty(await client.LoadLinkedArtifactAsync<string>(staged, "model_card"));
    }

    private static string Service(string variable)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        Skip.If(string.IsNullOrEmpty(value) && Environment.GetEnvironmentVariable("MODELPLANE_TEST_REQUIRE_SERVICES") != "1",
            $"{variable} is not set: team mode needs a PostgreSQL server and an S3-compatible server.");
        Assert.False(string.IsNullOrEmpty(value), $"MODELPLANE_TEST_REQUIRE_SERVICES=1 but {variable} is not set.");
        return value;
    }
}

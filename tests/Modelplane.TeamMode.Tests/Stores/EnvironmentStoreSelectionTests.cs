using Modelplane.Errors;
using Modelplane.PostgreSql;
using Modelplane.S3;
using Modelplane.TeamMode.Tests.Infrastructure;
using Npgsql;

namespace Modelplane.TeamMode.Tests.Stores;

/// <summary>
/// An application that opens the control plane with no arguments picks the team stores from the
/// environment: MODELPLANE_STORE (PostgreSQL URL), MODELPLANE_ARTIFACTS (s3://), MODELPLANE_S3_ENDPOINT
/// and the AWS key variables. The worker process is that application.
/// </summary>
[RequiresService(TestService.PostgreSql)]
[RequiresService(TestService.S3)]
public sealed class EnvironmentStoreSelectionTests(PostgreSqlDatabase database, TestBucket bucket)
    : IClassFixture<PostgreSqlDatabase>, IClassFixture<TestBucket>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_app_configured_only_by_environment_variables_writes_metadata_to_postgresql_and_files_to_s3()
    {
        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        var url = $"postgres://{settings.Username}:{Uri.EscapeDataString(settings.Password!)}@{settings.Host}:{settings.Port}/{settings.Database}";
        var environment = new Dictionary<string, string?>
        {
            ["MODELPLANE_STORE"] = url,
            ["MODELPLANE_ARTIFACTS"] = $"s3://{bucket.Name}/team",
            [S3ArtifactStoreOptions.EndpointVariable] = bucket.Endpoint.ToString(),
            [S3ArtifactStoreOptions.CacheVariable] = Path.Combine(_folder.Path, "cache"),
            ["AWS_ACCESS_KEY_ID"] = TestBucket.AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = TestBucket.SecretKey,
        };

        var hash = Assert.Single(await Worker.RunAsync(environment, "save", "note", "hello team"));

        Assert.Contains($"team/sha256/{hash[..2]}/{hash}", await bucket.KeysAsync());
        PostgreSqlStore.Register();
        await using var client = await ModelplaneClient.CreateBuilder(url)
            .UseArtifactStore(new S3ArtifactStore(bucket.Options(Path.Combine(_folder.Path, "reader-cache"), "team")))
            .BuildAsync();
        var note = await client.GetArtifactAsync("note");
        Assert.Equal(hash, note.ContentHash);
        Assert.Equal("hello team", await client.LoadArtifactAsync<string>(note));
    }

    [Fact]
    public async Task A_postgresql_store_without_an_artifact_location_says_how_to_give_one_without_the_password()
    {
        PostgreSqlStore.Register();
        var store = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "TopSecret1" }.ConnectionString;

        var error = await Assert.ThrowsAsync<ValidationException>(() => ModelplaneClient.CreateBuilder(store).BuildAsync());

        Assert.Contains("MODELPLANE_ARTIFACTS", error.Message);
        Assert.DoesNotContain("TopSecret1", error.Message);
    }

    [Fact]
    public async Task A_wrong_password_fails_to_open_without_showing_it()
    {
        PostgreSqlStore.Register();
        var store = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Password = "WrongSecret1" }.ConnectionString;

        var error = await Assert.ThrowsAsync<ModelplaneException>(() =>
            ModelplaneClient.CreateBuilder(store).UseArtifactStore(Path.Combine(_folder.Path, "artifacts")).BuildAsync());

        Assert.Contains(new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!, error.Message);
        Assert.DoesNotContain("WrongSecret1", error.ToString());
    }
}

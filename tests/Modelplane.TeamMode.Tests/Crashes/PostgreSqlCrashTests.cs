using Modelplane.TeamMode.Tests.Infrastructure;
using Npgsql;

namespace Modelplane.TeamMode.Tests.Crashes;

/// <summary>Crashes on PostgreSQL, artifacts in a shared folder; the server must have ended the dead client's session and its transaction.</summary>
[RequiresService(TestService.PostgreSql)]
public sealed class PostgreSqlCrashTests(PostgreSqlDatabase database) : CrashTests, IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreUnderTest Store => new(database.ConnectionString, Path.Combine(_folder.Path, "artifacts"));

    public void Dispose() => _folder.Dispose();

    protected override async Task AssertDatabaseSoundAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()",
            connection);
        // The server notices the closed socket at once; allow it a moment, not a fixed sleep in the success path.
        for (var attempt = 0; attempt < 50 && (long)(await command.ExecuteScalarAsync())! > 0; attempt++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }
}

using Microsoft.Data.Sqlite;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.Crashes;

/// <summary>Crashes on the embedded SQLite store; the file must pass <c>PRAGMA integrity_check</c>.</summary>
public sealed class SqliteCrashTests : CrashTests, IDisposable
{
    private readonly TempFolder _folder = new();

    private string StoreFolder => Path.Combine(_folder.Path, "store");

    protected override StoreUnderTest Store => new(StoreFolder, Path.Combine(StoreFolder, "artifacts"));

    public void Dispose() => _folder.Dispose();

    protected override Task AssertDatabaseSoundAsync()
    {
        var database = Path.Combine(StoreFolder, "modelplane.db");
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", command.ExecuteScalar());
        return Task.CompletedTask;
    }
}

using Modelplane.PostgreSql;
using Modelplane.Storage;
using Npgsql;

namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>
/// A fresh, empty PostgreSQL database for one test class on the server of <c>MODELPLANE_TEST_POSTGRES</c>,
/// dropped afterwards. Nothing happens when the server is not configured (the tests are skipped).
/// </summary>
public sealed class PostgreSqlDatabase : IAsyncLifetime
{
    private string? _connectionString;

    /// <summary>The connection string of the fresh database.</summary>
    public string ConnectionString => _connectionString ?? TestServices.RequirePostgreSql();

    /// <summary>The database's name.</summary>
    public string Name { get; } = $"modelplane_t_{Guid.NewGuid():N}";

    /// <summary>A metadata store on the database (schema not yet initialised).</summary>
    public IMetadataStore OpenStore() => new PostgreSqlStoreProvider().Open(ConnectionString).MetadataStore;

    public async Task InitializeAsync()
    {
        if (TestServices.PostgreSql is null && !TestServices.Required)
        {
            return;
        }

        var server = TestServices.RequirePostgreSql();
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {Name}", connection);
            await create.ExecuteNonQueryAsync();
            // Commits return before the WAL reaches the disk: faster on a busy test machine, and
            // visibility and locking (what the tests check) are unchanged.
            await using var settings = new NpgsqlCommand($"ALTER DATABASE {Name} SET synchronous_commit = off", connection);
            await settings.ExecuteNonQueryAsync();
        }

        _connectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_connectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(TestServices.RequirePostgreSql());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

using Modelplane.Errors;
using Modelplane.Models;
using Modelplane.PostgreSql;
using Modelplane.Storage.Sql;
using Modelplane.TeamMode.Tests.Infrastructure;
using Npgsql;

namespace Modelplane.TeamMode.Tests.PostgreSql;

/// <summary>A session that keeps the write lock makes writers fail with a clear error after the lock timeout, never hang.</summary>
[RequiresService(TestService.PostgreSql)]
public sealed class PostgreSqlLockTests(PostgreSqlDatabase database) : IClassFixture<PostgreSqlDatabase>
{
    [Fact]
    public async Task A_writer_blocked_past_the_lock_timeout_gets_a_store_locked_error_and_writes_nothing()
    {
        var connectionString = database.ConnectionString;
        using var store = new SqlMetadataStore(new PostgreSqlDialect(TimeSpan.FromSeconds(1)), () => new NpgsqlConnection(connectionString), "postgresql://test/locks");
        await store.InitializeAsync();
        var model = await store.GetOrCreateModelAsync(new ModelSpec($"locked_{Guid.NewGuid():N}"));

        await using (var holder = new NpgsqlConnection(connectionString))
        {
            await holder.OpenAsync();
            await using var transaction = await holder.BeginTransactionAsync();
            // Take the store's write lock, as a writer stuck mid-transaction would, and keep it.
            await using var hold = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PostgreSqlDialect.WriteLockKey})", holder, transaction);
            await hold.ExecuteNonQueryAsync();

            var error = await Assert.ThrowsAsync<StoreLockedException>(() => store.CreateModelVersionAsync(model.Id, new NewModelVersion()));

            Assert.Equal("postgresql://test/locks", error.Location);
            Assert.Contains("locked", error.Message);
            Assert.Empty(await store.ListModelVersionsAsync(model.Name));
        }

        Assert.Equal(1, (await store.CreateModelVersionAsync(model.Id, new NewModelVersion())).Number);
    }
}

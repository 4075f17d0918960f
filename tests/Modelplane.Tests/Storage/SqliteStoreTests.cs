using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Modelplane.Errors;
using Modelplane.Models;
using Modelplane.Storage.Sql;
using Modelplane.Storage.Sqlite;

namespace Modelplane.Tests.Storage;

/// <summary>What is particular to the embedded SQLite store: several processes on one file, the file layout, migrations, pragmas.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Versions_created_by_several_processes_at_once_on_one_file_never_collide()
    {
        const int processes = 4;
        const int perProcess = 12;
        await using (var client = await ModelplaneClient.OpenAsync(_folder.Path))
        {
            await client.GetOrCreateModelAsync(new ModelSpec("shared"));
        }

        var writer = Path.Combine(AppContext.BaseDirectory, "Modelplane.Tests.VersionWriter.dll");
        var runs = Enumerable.Range(0, processes).Select(_ => RunAsync(writer, _folder.Path, "shared", perProcess.ToString())).ToArray();
        var outputs = await Task.WhenAll(runs);

        var numbers = outputs.SelectMany(output => output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Order().ToList();
        Assert.Equal(Enumerable.Range(1, processes * perProcess), numbers);
        await using var reopened = await ModelplaneClient.OpenAsync(_folder.Path);
        Assert.Equal(processes * perProcess, (await reopened.ListVersionsAsync("shared")).Count);
    }

    [Fact]
    public async Task Opening_a_folder_creates_the_database_and_artifact_folder_in_it()
    {
        var store = Path.Combine(_folder.Path, "nested", ".modelplane");

        await using var client = await ModelplaneClient.OpenAsync(store);

        Assert.True(File.Exists(Path.Combine(store, "modelplane.db")));
        Assert.True(Directory.Exists(Path.Combine(store, "artifacts")));
        Assert.Equal($"sqlite:{Path.Combine(store, "modelplane.db")}", client.MetadataStore.Location);
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_reported_with_the_store_and_what_to_check()
    {
        // A folder where the database file should be fails for root too, unlike file permissions.
        Directory.CreateDirectory(Path.Combine(_folder.Path, "modelplane.db"));

        var error = await Assert.ThrowsAsync<ModelplaneException>(async () => await ModelplaneClient.OpenAsync(_folder.Path));

        Assert.Contains(Path.Combine(_folder.Path, "modelplane.db"), error.Message);
        Assert.Contains("readable and writable by this user", error.Message);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public async Task An_artifact_folder_that_cannot_be_created_is_reported_with_its_path()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "artifacts"), "not a folder");

        var error = await Assert.ThrowsAsync<ModelplaneException>(async () => await ModelplaneClient.OpenAsync(_folder.Path));

        Assert.Contains(Path.Combine(_folder.Path, "artifacts"), error.Message);
        Assert.Contains("must be a folder this user can write to", error.Message);
    }

    [Fact]
    public async Task A_sqlite_url_names_the_database_file_with_artifacts_beside_it()
    {
        var database = Path.Combine(_folder.Path, "team.db");

        await using var client = await ModelplaneClient.OpenAsync($"sqlite:{database}");
        var saved = await client.SaveArtifactAsync("note", "hello");

        Assert.True(File.Exists(database));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "artifacts", "sha256", saved.ContentHash[..2], saved.ContentHash)));
    }

    [Fact]
    public async Task Reopening_applies_each_migration_once_and_keeps_the_data()
    {
        await using (var first = await ModelplaneClient.OpenAsync(_folder.Path))
        {
            await first.CreateVersionAsync("kept");
        }

        await using var second = await ModelplaneClient.OpenAsync(_folder.Path);
        await using var third = await ModelplaneClient.OpenAsync(_folder.Path);

        var store = Assert.IsType<SqlMetadataStore>(third.MetadataStore);
        Assert.Equal(store.LatestSchemaVersion, await store.GetSchemaVersionAsync());
        Assert.Equal(new SqliteDialect().Migrations.Count, Scalar<long>("SELECT COUNT(*) FROM schema_version"));
        Assert.Single(await third.ListVersionsAsync("kept"));
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode_with_foreign_keys_enforced()
    {
        await using var client = await ModelplaneClient.OpenAsync(_folder.Path);

        Assert.Equal("wal", Scalar<string>("PRAGMA journal_mode"));
        var version = await client.CreateVersionAsync("fk");
        var artifact = await client.SaveArtifactAsync("a", 1);
        await client.LinkArtifactAsync(version.Id, artifact.Id);
        await client.DeleteVersionAsync(version.Id);
        Assert.Equal(0L, Scalar<long>("SELECT COUNT(*) FROM model_version_artifacts"));
    }

    [Fact]
    public async Task A_connection_reused_from_the_pool_keeps_the_busy_timeout_foreign_keys_and_normal_sync()
    {
        var database = Path.Combine(_folder.Path, SqliteStoreProvider.DatabaseFileName);
        var dialect = new SqliteDialect(TimeSpan.FromSeconds(7));
        var connectionString = SqliteDialect.ConnectionString(database, dialect.BusyTimeout);
        for (var use = 0; use < 2; use++)
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await dialect.PrepareConnectionAsync(connection, CancellationToken.None);

            Assert.Equal(7000L, PragmaOf(connection, "busy_timeout"));
            Assert.Equal(1L, PragmaOf(connection, "foreign_keys"));
            Assert.Equal(1L, PragmaOf(connection, "synchronous"));
            if (use == 1)
            {
                SqliteConnection.ClearPool(connection);
            }
        }
    }

    [Fact]
    public async Task A_write_lock_held_past_the_busy_timeout_fails_with_a_clear_error_while_reads_go_on()
    {
        var database = Path.Combine(_folder.Path, SqliteStoreProvider.DatabaseFileName);
        await using var store = new SqliteStoreProvider(TimeSpan.FromSeconds(1)).Open(_folder.Path).MetadataStore;
        await store.InitializeAsync();
        var model = await store.GetOrCreateModelAsync(new ModelSpec("locked"));

        using (var holder = new SqliteConnection(SqliteDialect.ConnectionString(database)))
        {
            holder.Open();
            using (holder.BeginTransaction(deferred: false))
            {
                var error = await Assert.ThrowsAsync<StoreLockedException>(() => store.CreateModelVersionAsync(model.Id, new NewModelVersion()));

                Assert.Equal(store.Location, error.Location);
                Assert.Contains($"'{database}' is locked", error.Message);
                Assert.Contains("another process", error.Message);
                Assert.Contains("try again", error.Message);
                Assert.IsType<SqliteException>(error.InnerException);
                Assert.NotNull(await store.FindModelAsync("locked"));
            }

            SqliteConnection.ClearPool(holder);
        }

        Assert.Equal(1, (await store.CreateModelVersionAsync(model.Id, new NewModelVersion())).Number);
    }

    [Fact]
    public void A_busy_timeout_under_a_second_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteStoreProvider(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public async Task The_stage_history_cannot_be_rewritten()
    {
        await using (var client = await ModelplaneClient.OpenAsync(_folder.Path))
        {
            var version = await client.CreateVersionAsync("audit");
            await client.SetStageAsync(version.Id, Stage.Production);
        }

        var error = Assert.Throws<SqliteException>(() => Execute("UPDATE stage_transitions SET actor = 'mallory'"));
        Assert.Contains("append-only", error.Message);
    }

    [Fact]
    public async Task A_store_written_by_a_newer_schema_is_refused_with_a_clear_message()
    {
        await using (await ModelplaneClient.OpenAsync(_folder.Path))
        {
        }

        Execute("INSERT INTO schema_version (version, description, applied_at) VALUES (999, 'future', '2030-01-01T00:00:00.0000000Z')");

        var error = await Assert.ThrowsAsync<ModelplaneException>(() => ModelplaneClient.OpenAsync(_folder.Path));
        Assert.Contains("999", error.Message);
        Assert.Contains("Upgrade Modelplane", error.Message);
    }

    [Theory]
    [InlineData("postgres://modelplane:secret@localhost/db")]
    [InlineData("Host=127.0.0.1;Username=modelplane;Password=secret")]
    public void A_server_store_without_its_provider_is_refused_without_showing_the_password(string store)
    {
        var error = Assert.Throws<ValidationException>(() => ModelplaneClient.Open(store));

        Assert.Contains("Modelplane.PostgreSql", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    private T Scalar<T>(string sql) => (T)Query(sql, command => command.ExecuteScalar())!;

    private void Execute(string sql) => Query(sql, command => command.ExecuteNonQuery());

    private object? Query(string sql, Func<SqliteCommand, object?> run)
    {
        using var connection = new SqliteConnection(SqliteDialect.ConnectionString(Path.Combine(_folder.Path, "modelplane.db")));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            return run(command);
        }
        finally
        {
            SqliteConnection.ClearPool(connection);
        }
    }

    private static async Task<string> RunAsync(string dll, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"The version writer failed with exit code {process.ExitCode}: {await error}");
        return await output;
    }

    private static long PragmaOf(SqliteConnection connection, string pragma)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {pragma}";
        return (long)command.ExecuteScalar()!;
    }
}

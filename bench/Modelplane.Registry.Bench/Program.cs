// Registry at scale: a store with many models and versions (tags, metadata, runs, artifacts) on SQLite
// and PostgreSQL, then lookups through the public ModelplaneClient API, timed one by one.
// Usage: dotnet run -c Release --project bench/Modelplane.Registry.Bench -- [sqlite|postgres|both] [models] [versions] [samples]
// PostgreSQL: MODELPLANE_TEST_POSTGRES (an Npgsql connection string; the role needs CREATEDB), else the
// local default below. The bench creates a fresh database and drops it afterwards.
using Modelplane;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.PostgreSql;
using Modelplane.Registry.Bench;
using Npgsql;

var backend = args.ElementAtOrDefault(0) ?? "both";
var shape = new RegistryShape(int.Parse(args.ElementAtOrDefault(1) ?? "2000"), int.Parse(args.ElementAtOrDefault(2) ?? "50"));
var samples = int.Parse(args.ElementAtOrDefault(3) ?? "200");
var postgres = Environment.GetEnvironmentVariable("MODELPLANE_TEST_POSTGRES") is { Length: > 0 } configured
    ? configured
    : "Host=127.0.0.1;Username=modelplane;Password=modelplane;Database=modelplane_test";
PostgreSqlStore.Register();

var results = new Dictionary<string, IReadOnlyList<LookupTiming>>();
if (backend is "sqlite" or "both")
{
    var folder = Directory.CreateTempSubdirectory("modelplane-registry-bench-");
    try
    {
        Console.WriteLine($"SQLite: {shape.Models} models × {shape.VersionsPerModel} versions in {folder.FullName}");
        await using var client = await ModelplaneClient.OpenAsync(folder.FullName);
        PopulatedRegistry registry;
        await using (var writer = await SqliteBulkWriter.OpenAsync(Path.Combine(folder.FullName, Modelplane.Storage.Sqlite.SqliteStoreProvider.DatabaseFileName)))
        {
            registry = await RegistryPopulator.PopulateAsync(client, writer, shape);
        }

        results["SQLite"] = await MeasureAllAsync(client, registry, samples);
    }
    finally
    {
        folder.Delete(recursive: true);
    }
}

if (backend is "postgres" or "both")
{
    var database = $"modelplane_bench_{DateTime.UtcNow:yyyyMMddHHmmss}";
    var admin = new NpgsqlConnectionStringBuilder(postgres);
    var bench = new NpgsqlConnectionStringBuilder(postgres) { Database = database };
    await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE {database}");
    var artifacts = Directory.CreateTempSubdirectory("modelplane-registry-bench-artifacts-");
    try
    {
        Console.WriteLine($"PostgreSQL: {shape.Models} models × {shape.VersionsPerModel} versions in database {database} on {admin.Host}");
        await using var client = await ModelplaneClient.CreateBuilder(bench.ConnectionString).UseArtifactStore(artifacts.FullName).BuildAsync();
        PopulatedRegistry registry;
        await using (var writer = await PostgreSqlBulkWriter.OpenAsync(bench.ConnectionString))
        {
            registry = await RegistryPopulator.PopulateAsync(client, writer, shape);
        }

        await ExecuteAsync(bench.ConnectionString, "ANALYZE");
        results["PostgreSQL"] = await MeasureAllAsync(client, registry, samples);
    }
    finally
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        artifacts.Delete(recursive: true);
    }
}

var stores = results.Keys.ToList();
Console.WriteLine();
Console.WriteLine($"| Lookup through ModelplaneClient (rows returned) | {string.Join(" | ", stores.Select(s => $"{s} median ms | {s} p95 ms"))} |");
Console.WriteLine($"|---|{string.Concat(stores.Select(_ => "---:|---:|"))}");
foreach (var (timing, i) in results[stores[0]].Select((t, i) => (t, i)))
{
    Console.WriteLine($"| {timing.Name} ({timing.Rows:0.#}) | {string.Join(" | ", stores.Select(s => $"{results[s][i].MedianMs:F2} | {results[s][i].P95Ms:F2}"))} |");
}

Console.WriteLine($"\n{samples} samples per lookup (random models and versions, seed 42) after 20 warm-up calls; one client, sequential calls.");
return 0;

static async Task<IReadOnlyList<LookupTiming>> MeasureAllAsync(ModelplaneClient client, PopulatedRegistry registry, int samples)
{
    var random = new Random(42);
    var picks = Enumerable.Range(0, samples + 20)
        .Select(_ => (Model: random.Next(registry.Shape.Models), Index: random.Next(registry.Shape.VersionsPerModel)))
        .ToArray();
    string Name(int i) => RegistryShape.ModelName(picks[i].Model);
    Guid Version(int i) => registry.VersionIds[picks[i].Model][picks[i].Index];

    var timings = new List<LookupTiming>
    {
        await LookupTimer.MeasureAsync("get version by stage (production)", samples, async i =>
            (await client.GetVersionAsync(Name(i), "production")).Number == registry.Shape.VersionsPerModel ? 1 : throw new InvalidOperationException("wrong production version")),
        await LookupTimer.MeasureAsync("get version by number", samples, async i =>
            (await client.GetVersionAsync(Name(i), $"{picks[i].Index + 1}")).Id == Version(i) ? 1 : throw new InvalidOperationException("wrong version")),
        await LookupTimer.MeasureAsync("get version by id + its metadata", samples, async i =>
            (await client.GetVersionAsync(Version(i)) is not null ? 1 : 0) + (await client.GetMetadataAsync(MetadataTarget.ForModelVersion(Version(i)))).Count),
        await LookupTimer.MeasureAsync("list a model's versions", samples, async i => (await client.ListVersionsAsync(Name(i))).Count),
        await LookupTimer.MeasureAsync("filter a model's versions by tag `gold`", samples, async i =>
            (await client.ListVersionsAsync(Name(i), new ModelVersionFilter { Tags = ["gold"] })).Count),
        await LookupTimer.MeasureAsync("filter a model's versions by stage `none` + tag `batch-3`", samples, async i =>
            (await client.ListVersionsAsync(Name(i), new ModelVersionFilter { Stage = Stage.None, Tags = ["batch-3"] })).Count),
        await LookupTimer.MeasureAsync("filter all models by tag `team-N`", samples, async i =>
            (await client.ListModelsAsync(new ModelFilter { Tags = [$"team-{picks[i].Model % RegistryShape.Teams}"] })).Count),
        await LookupTimer.MeasureAsync("lineage forward: version → runs → step runs, linked artifacts", samples, async i =>
        {
            var runs = await client.ListRunsAsync(Version(i));
            var steps = 0;
            foreach (var run in runs)
            {
                steps += (await client.ListStepRunsAsync(run.Id)).Count;
            }

            return runs.Count + steps + (await client.ListLinkedArtifactsAsync(Version(i))).Count;
        }),
        await LookupTimer.MeasureAsync("lineage backward: model artifact → producer step, versions", samples, async i =>
        {
            var artifact = registry.ModelArtifactIds[picks[i].Model][picks[i].Index];
            return (await client.FindProducerAsync(artifact) is null ? 0 : 1) + (await client.ListVersionsLinkedToAsync(artifact)).Count;
        }),
        await LookupTimer.MeasureAsync("lineage backward: dataset → consuming step runs", samples, async i =>
            (await client.ListConsumersAsync(registry.DatasetArtifactIds[picks[i].Model])).Count),
        await LookupTimer.MeasureAsync("lineage backward: dataset → versions linked to it", samples, async i =>
            (await client.ListVersionsLinkedToAsync(registry.DatasetArtifactIds[picks[i].Model])).Count),
    };
    return timings;
}

static async Task ExecuteAsync(string connectionString, string sql)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    await using var command = new NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

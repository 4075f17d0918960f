using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Modelplane.Models;

namespace Modelplane.Registry.Bench;

/// <summary>
/// Fills an empty, migrated store. Rows go straight into the schema through a bulk writer (one
/// transaction); stage moves go through <see cref="ModelplaneClient.SetStageAsync"/> so the stage
/// history is the store's own. Going through the API for every row would take about an hour here
/// (one write transaction per version, run, artifact and link); the lookups that are timed afterwards
/// all go through <see cref="ModelplaneClient"/>, which also checks that the rows read back.
/// </summary>
internal static class RegistryPopulator
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<PopulatedRegistry> PopulateAsync(ModelplaneClient client, IBulkWriter writer, RegistryShape shape)
    {
        var watch = Stopwatch.StartNew();
        var modelIds = Enumerable.Range(0, shape.Models).Select(_ => Guid.CreateVersion7()).ToArray();
        var versionIds = NewIds(shape);
        var runIds = NewIds(shape);
        var stepIds = NewIds(shape);
        var artifactIds = NewIds(shape);
        var datasetIds = Enumerable.Range(0, shape.Models).Select(_ => Guid.CreateVersion7()).ToArray();

        await writer.WriteAsync("models", ["id", "name", "description", "license", "tags", "created"],
            Enumerable.Range(0, shape.Models).Select(m => new object?[]
                { modelIds[m], RegistryShape.ModelName(m), $"Bench model {m}", "Apache-2.0", Json(RegistryShape.ModelTags(m)), Start.AddMinutes(m) }));
        await writer.WriteAsync("model_versions", ["id", "model_id", "number", "description", "tags", "stage", "created"],
            Versions(shape).Select(v => new object?[]
                { versionIds[v.Model][v.Index], modelIds[v.Model], v.Index + 1, $"nightly {v.Index + 1}", Json(RegistryShape.VersionTags(v.Index + 1)), "none", Time(shape, v) }));
        await writer.WriteAsync("metadata", ["target_kind", "target_id", "key", "type", "text"],
            Versions(shape).SelectMany(v => new[]
            {
                new object?[] { "model_version", versionIds[v.Model][v.Index], "test_accuracy", "float", (0.9 + (v.Index % 10) / 100.0).ToString("R", CultureInfo.InvariantCulture) },
                new object?[] { "model_version", versionIds[v.Model][v.Index], "trainer", "string", v.Index % 2 == 0 ? "LightGbm" : "FastTree" },
            }));
        await writer.WriteAsync("pipeline_runs", ["id", "name", "pipeline_name", "model_version_id", "status", "started", "ended", "config_json"],
            Versions(shape).Select(v => new object?[]
            {
                runIds[v.Model][v.Index], $"{RegistryShape.ModelName(v.Model)}_training-{v.Index + 1}", $"{RegistryShape.ModelName(v.Model)}_training",
                versionIds[v.Model][v.Index], "completed", Time(shape, v), Time(shape, v).AddSeconds(30), "{}",
            }));
        await writer.WriteAsync("step_runs", ["id", "pipeline_run_id", "step_name", "status", "started", "ended", "cache_key", "upstream_steps"],
            Versions(shape).Select(v => new object?[]
                { stepIds[v.Model][v.Index], runIds[v.Model][v.Index], "model_trainer", "completed", Time(shape, v), Time(shape, v).AddSeconds(20), $"key-{v.Model}-{v.Index}", "[]" }));
        await writer.WriteAsync("artifact_versions", ["id", "name", "version", "kind", "materializer_id", "type_name", "content_hash", "size", "created", "producer_step_run_id", "tags"],
            Enumerable.Range(0, shape.Models).Select(m => new object?[]
                { datasetIds[m], $"{RegistryShape.ModelName(m)}_dataset", 1, "data", "modelplane.ml.idv", "Microsoft.ML.IDataView", Hash(m, -1), 40_000L, Start, null, "[]" })
            .Concat(Versions(shape).Select(v => new object?[]
            {
                artifactIds[v.Model][v.Index], $"{RegistryShape.ModelName(v.Model)}_model", v.Index + 1, "model", "modelplane.ml.model",
                "Modelplane.ML.Training.TrainedModel", Hash(v.Model, v.Index), 17_000L, Time(shape, v).AddSeconds(20), stepIds[v.Model][v.Index], "[]",
            })));
        await writer.WriteAsync("step_run_artifacts", ["step_run_id", "direction", "name", "artifact_version_id"],
            Versions(shape).SelectMany(v => new[]
            {
                new object?[] { stepIds[v.Model][v.Index], "input", "dataset", datasetIds[v.Model] },
                new object?[] { stepIds[v.Model][v.Index], "output", "model", artifactIds[v.Model][v.Index] },
            }));
        await writer.WriteAsync("model_version_artifacts", ["model_version_id", "artifact_version_id", "created"],
            Versions(shape).SelectMany(v => new[]
            {
                new object?[] { versionIds[v.Model][v.Index], datasetIds[v.Model], Time(shape, v) },
                new object?[] { versionIds[v.Model][v.Index], artifactIds[v.Model][v.Index], Time(shape, v) },
            }));
        await writer.CommitAsync();
        Console.WriteLine($"  bulk rows written in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        await Parallel.ForAsync(0, shape.Models, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (m, cancellationToken) =>
        {
            await client.SetStageAsync(versionIds[m][^2], Stage.Staging, reason: "bench", cancellationToken: cancellationToken);
            await client.SetStageAsync(versionIds[m][^1], Stage.Production, reason: "bench", cancellationToken: cancellationToken);
        });
        Console.WriteLine($"  {2 * shape.Models} stage moves through the API in {watch.Elapsed.TotalSeconds:F1} s");
        return new PopulatedRegistry(shape, versionIds, artifactIds, datasetIds);
    }

    private static Guid[][] NewIds(RegistryShape shape) =>
        Enumerable.Range(0, shape.Models).Select(_ => Enumerable.Range(0, shape.VersionsPerModel).Select(_ => Guid.CreateVersion7()).ToArray()).ToArray();

    private static IEnumerable<(int Model, int Index)> Versions(RegistryShape shape) =>
        Enumerable.Range(0, shape.Models).SelectMany(m => Enumerable.Range(0, shape.VersionsPerModel).Select(i => (m, i)));

    private static DateTimeOffset Time(RegistryShape shape, (int Model, int Index) version) =>
        Start.AddMinutes(shape.Models + (version.Model * shape.VersionsPerModel) + version.Index);

    private static string Json(IReadOnlyList<string> tags) => JsonSerializer.Serialize(tags);

    private static string Hash(int model, int index) => $"{model:x8}{index + 1:x8}".PadLeft(64, '0');
}

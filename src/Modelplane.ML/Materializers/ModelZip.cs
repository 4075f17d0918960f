using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.ML;

namespace Modelplane.ML.Materializers;

/// <summary>
/// An ML.NET model zip (transformer plus input schema) with one extra entry holding Modelplane's
/// description of it as JSON. ML.NET ignores the extra entry, so the file still loads with
/// <c>MLContext.Model.Load</c>.
/// </summary>
internal static class ModelZip
{
    private const string ManifestEntry = "Modelplane/manifest.json";
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions JsonOptions = new() { Converters = { new JsonStringEnumConverter() } };

    public static string ToJson<TManifest>(TManifest manifest) => JsonSerializer.Serialize(manifest, JsonOptions);

    public static void Save(ITransformer transformer, DataViewSchema inputSchema, string manifestJson, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        Save(transformer, inputSchema, manifestJson, stream);
    }

    public static void Save(ITransformer transformer, DataViewSchema inputSchema, string manifestJson, Stream stream)
    {
        new MLContext().Model.Save(transformer, inputSchema, stream);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true);
        var entry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
        using (var writer = new StreamWriter(entry.Open()))
        {
            writer.Write(manifestJson);
        }

        // ML.NET stamps entries with the current time; a fixed stamp makes identical models
        // identical bytes, which content-addressed storage and step caching rely on.
        foreach (var item in zip.Entries)
        {
            item.LastWriteTime = FixedTimestamp;
        }
    }

    public static (ITransformer Transformer, DataViewSchema InputSchema, TManifest Manifest) Load<TManifest>(string path, string what)
    {
        var (transformer, inputSchema, json) = Load(path, what);
        var manifest = JsonSerializer.Deserialize<TManifest>(json, JsonOptions)
            ?? throw new InvalidDataException($"The {what} file '{path}' has an empty manifest.");
        return (transformer, inputSchema, manifest);
    }

    private static (ITransformer Transformer, DataViewSchema InputSchema, string ManifestJson) Load(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The {what} file '{path}' does not exist.", path);
        }

        string manifest;
        using (var zip = ZipFile.OpenRead(path))
        {
            var entry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException(
                $"'{path}' is not a Modelplane {what}: it has no {ManifestEntry} entry. Save it with Modelplane.ML so its schema and settings travel with it.");
            using var reader = new StreamReader(entry.Open());
            manifest = reader.ReadToEnd();
        }

        using var stream = File.OpenRead(path);
        var transformer = new MLContext().Model.Load(stream, out var inputSchema);
        return (transformer, inputSchema, manifest);
    }
}

using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.ML.Data;

namespace Modelplane.ML.Materializers;

/// <summary>Stores a <see cref="CsvFile"/> as a copy of the file, without parsing or buffering it.</summary>
public sealed class CsvFileMaterializer : Materializer<CsvFile>
{
    /// <inheritdoc />
    public override string Id => "modelplane.ml.csv_file";

    /// <inheritdoc />
    protected override void Save(CsvFile value, string path)
    {
        if (!File.Exists(value.Path))
        {
            throw new ModelplaneException($"The CSV file '{value.Path}' to store as an artifact does not exist. Write it before returning it from the step.");
        }

        File.Copy(value.Path, path);
    }

    /// <inheritdoc />
    protected override CsvFile Load(string path) => new(path);

    /// <summary>The row count when the producer knows it (the engine adds the stored file's size).</summary>
    protected override IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(CsvFile value)
    {
        var metadata = new Dictionary<string, MetadataValue>();
        if (value.Rows is { } rows)
        {
            metadata["rows"] = rows;
        }

        return metadata;
    }
}

using Microsoft.ML;
using Modelplane.Artifacts;
using Modelplane.Metadata;

namespace Modelplane.ML.Materializers;

/// <summary>
/// Stores an <see cref="IDataView"/> in ML.NET's binary <c>.idv</c> format, which keeps the schema
/// exactly (types, vector sizes, slot names, key values). Loading is lazy: the view reads the
/// stored file, which is safe because stored artifacts are immutable.
/// </summary>
public sealed class DataViewMaterializer : Materializer<IDataView>
{
    /// <inheritdoc />
    public override string Id => "modelplane.ml.idv";

    /// <inheritdoc />
    protected override void Save(IDataView value, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        new MLContext().Data.SaveAsBinary(value, stream, keepHidden: false);
    }

    /// <inheritdoc />
    protected override IDataView Load(string path) => new MLContext().Data.LoadFromBinary(path);

    /// <summary>Rows, columns, the schema as JSON and the size of the stored file.</summary>
    /// <remarks>The size is measured by writing the view to a stream that only counts, so it reads the data once more.</remarks>
    protected override IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(IDataView value)
    {
        var rows = value.GetRowCount() ?? CountRows(value);
        var size = new CountingStream();
        new MLContext().Data.SaveAsBinary(value, size, keepHidden: false);
        return new Dictionary<string, MetadataValue>
        {
            ["rows"] = rows,
            ["columns"] = SchemaDescription.VisibleColumnCount(value.Schema),
            ["schema"] = MetadataValue.JsonText(SchemaDescription.ToJson(value.Schema)),
            ["storage_size"] = MetadataValue.StorageSize(size.Length),
        };
    }

    private static long CountRows(IDataView value)
    {
        using var cursor = value.GetRowCursor([]);
        long rows = 0;
        while (cursor.MoveNext())
        {
            rows++;
        }

        return rows;
    }
}

using System.Reflection;
using System.Runtime.ExceptionServices;
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
        SaveDeterministic(value, stream);
    }

    // SaveAsBinary writes column blocks in the order its worker threads finish them, so two saves of
    // the same view differ in bytes, and content-addressed caching would miss. BinarySaver's
    // DeterministicBlockOrder fixes the order, but ML.NET keeps the saver internal: hence reflection.
    internal static void SaveDeterministic(IDataView value, Stream stream)
    {
        var saverType = typeof(MLContext).Assembly.GetType("Microsoft.ML.Data.IO.BinarySaver", throwOnError: true)!;
        var argumentsType = saverType.GetNestedType("Arguments", BindingFlags.Public | BindingFlags.NonPublic)!;
        var arguments = Activator.CreateInstance(argumentsType)!;
        argumentsType.GetField("DeterministicBlockOrder")!.SetValue(arguments, true);
        argumentsType.GetField("Silent")?.SetValue(arguments, true);
        var saver = Activator.CreateInstance(saverType, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, [new MLContext(), arguments], null)!;
        var columns = Enumerable.Range(0, value.Schema.Count).Where(i => !value.Schema[i].IsHidden).ToArray();
        try
        {
            saverType.GetMethod("SaveData", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(saver, [stream, value, columns]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
        }
    }

    /// <inheritdoc />
    protected override IDataView Load(string path) => new MLContext().Data.LoadFromBinary(path);

    /// <summary>Rows, columns and the schema as JSON (the engine adds the stored file's size).</summary>
    /// <remarks>Reads the data only when the view does not know its row count.</remarks>
    protected override IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(IDataView value) => new Dictionary<string, MetadataValue>
    {
        ["rows"] = value.GetRowCount() ?? CountRows(value),
        ["columns"] = SchemaDescription.VisibleColumnCount(value.Schema),
        ["schema"] = MetadataValue.JsonText(SchemaDescription.ToJson(value.Schema)),
    };

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

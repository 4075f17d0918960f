using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Modelplane.ML.Materializers;

/// <summary>A data view schema as JSON: <c>[{"name": "mean_radius", "type": "Single"}, …]</c>, hidden columns left out.</summary>
internal static class SchemaDescription
{
    public static string ToJson(DataViewSchema schema) => JsonSerializer.Serialize(
        schema.Where(c => !c.IsHidden).Select(c => new ColumnDescription(c.Name, Describe(c.Type))).ToList(),
        new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });

    public static int VisibleColumnCount(DataViewSchema schema) => schema.Count(c => !c.IsHidden);

    private static string Describe(DataViewType type) => type switch
    {
        VectorDataViewType vector => $"Vector<{Describe(vector.ItemType)}, {vector.Size}>",
        KeyDataViewType key => $"Key<{key.RawType.Name}, {key.Count}>",
        _ => type.RawType == typeof(ReadOnlyMemory<char>) ? "Text" : type.RawType.Name,
    };

    private sealed record ColumnDescription(string Name, string Type);
}

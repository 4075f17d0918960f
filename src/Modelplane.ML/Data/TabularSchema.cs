using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modelplane.ML.Data;

/// <summary>
/// What a tabular data set looks like: its feature columns (numeric or text), its binary label and
/// how its CSV is written. Inferred when training data is loaded and kept with the preprocessor
/// and the model, so inference reads new files exactly as the training file was read.
/// </summary>
public sealed record TabularSchema
{
    /// <summary>The missing-value markers used unless a schema says otherwise (compared case-insensitively, after trimming).</summary>
    public static readonly IReadOnlyList<string> DefaultMissingValues = ["", "NA", "N/A", "NaN", "null"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The feature columns, in file order.</summary>
    public required IReadOnlyList<TabularColumn> Columns { get; init; }

    /// <summary>The label, or null for data without one (inference data).</summary>
    public BinaryLabel? Label { get; init; }

    /// <summary>The field separator of the CSV files.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Cell values read as missing.</summary>
    public IReadOnlyList<string> MissingValues { get; init; } = DefaultMissingValues;

    /// <summary>The names of the numeric feature columns.</summary>
    [JsonIgnore]
    public IEnumerable<string> NumericColumns => Columns.Where(c => c.Kind == ColumnKind.Numeric).Select(c => c.Name);

    /// <summary>The names of the text feature columns.</summary>
    [JsonIgnore]
    public IEnumerable<string> TextColumns => Columns.Where(c => c.Kind == ColumnKind.Text).Select(c => c.Name);

    /// <summary>The label, failing with a clear message when the schema has none.</summary>
    public BinaryLabel RequireLabel() => Label ?? throw new InvalidOperationException(
        "This data set has no label column. Load the training data with CsvLoadOptions.Label set to the name of the column to predict.");

    /// <summary>The schema as compact JSON (enums as names).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Reads a schema written by <see cref="ToJson"/>.</summary>
    public static TabularSchema FromJson(string json) =>
        JsonSerializer.Deserialize<TabularSchema>(json, JsonOptions) ?? throw new JsonException("The schema JSON is empty.");

    /// <summary>Whether two schemas describe the same columns, label and CSV format.</summary>
    public bool Matches(TabularSchema other) => ToJson() == other.ToJson();
}

using Microsoft.ML;

namespace Modelplane.ML.Data;

/// <summary>
/// Binds the fields of one CSV file to the columns of a <see cref="TabularSchema"/> and turns raw
/// fields into values, with errors that name the file, row, line and column. Shared by the
/// in-memory loader and the streaming view so both read a file the same way.
/// </summary>
internal sealed class CsvRowBinder
{
    private readonly MissingMarkers _missing;

    public CsvRowBinder(string path, IReadOnlyList<string> header, TabularSchema schema, bool requireLabel, string? passthroughColumn = null)
    {
        Path = path;
        Schema = schema;
        FieldCount = header.Count;
        _missing = new MissingMarkers(schema.MissingValues);

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            index[header[i]] = i;
        }

        var absent = schema.Columns.Where(c => !index.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        if (absent.Count > 0)
        {
            throw new DataValidationException(
                $"The data file '{path}' lacks the column(s) {Quote(absent)} that the model was trained with. Available columns: {Quote(header)}. Add the missing columns (values may be empty) or retrain without them.",
                path, column: absent[0]);
        }

        var columns = schema.Columns
            .Select(c => new BoundColumn(c.Name, c.Kind == ColumnKind.Numeric ? BoundColumnRole.Numeric : BoundColumnRole.Text, index[c.Name]))
            .ToList();

        if (schema.Label is { } label)
        {
            if (index.TryGetValue(label.Name, out var labelIndex))
            {
                columns.Add(new BoundColumn(label.Name, BoundColumnRole.Label, labelIndex));
            }
            else if (requireLabel)
            {
                throw MissingLabelColumn(path, label.Name, header);
            }
        }

        if (passthroughColumn is not null && columns.All(c => c.Name != passthroughColumn))
        {
            if (!index.TryGetValue(passthroughColumn, out var passthroughIndex))
            {
                throw new DataValidationException(
                    $"The data file '{path}' has no column '{passthroughColumn}' to use as the row identifier. Available columns: {Quote(header)}.",
                    path, column: passthroughColumn);
            }

            columns.Add(new BoundColumn(passthroughColumn, BoundColumnRole.Passthrough, passthroughIndex));
        }

        Columns = columns;
    }

    public string Path { get; }

    public TabularSchema Schema { get; }

    public int FieldCount { get; }

    public IReadOnlyList<BoundColumn> Columns { get; }

    public DataViewSchema ToDataViewSchema()
    {
        var builder = new DataViewSchema.Builder();
        foreach (var column in Columns)
        {
            builder.AddColumn(column.Name, column.Type);
        }

        return builder.ToSchema();
    }

    public bool IsMissing(ReadOnlySpan<char> raw) => _missing.Contains(raw);

    public void CheckFieldCount(CsvRecord record, long row, long line)
    {
        if (record.Count != FieldCount)
        {
            throw RaggedRow(Path, row, line, record.Count, FieldCount, Schema.Separator);
        }
    }

    public static DataValidationException RaggedRow(string path, long row, long line, int found, int expected, char separator) => new(
        $"Row {row} (line {line}) of '{path}' has {found} field(s) but the header has {expected}. Fix that row: quote fields that contain '{separator}' and give every row one value per header column (empty for missing).",
        path, row, line: line);

    public float ParseNumber(ReadOnlySpan<char> raw, long row, long line, string column)
    {
        // Numbers are the common case; a missing marker is only checked first when one of them parses as a number.
        if (!_missing.AnyNumeric && TryParseNumber(raw, out var fast))
        {
            return (float)fast;
        }

        if (IsMissing(raw))
        {
            return float.NaN;
        }

        if (TryParseNumber(raw, out var value))
        {
            return (float)value;
        }

        throw new DataValidationException(
            $"Row {row} (line {line}) of '{Path}', column '{column}': '{raw}' is not a number, but the column is numeric in the schema. Fix the value, mark it missing (empty or one of {Quote(Schema.MissingValues)}), or declare the column as text when training.",
            Path, row, column, line);
    }

    public bool ParseLabel(ReadOnlySpan<char> raw, long row, long line)
    {
        var label = Schema.RequireLabel();
        var value = raw.Trim();
        if (IsMissing(value))
        {
            throw new DataValidationException(
                $"Row {row} (line {line}) of '{Path}' has no value in the label column '{label.Name}'. Remove unlabelled rows from training data, or fill them in.",
                Path, row, label.Name, line);
        }

        if (SameClass(value, label.PositiveClass))
        {
            return true;
        }

        if (SameClass(value, label.NegativeClass))
        {
            return false;
        }

        throw new DataValidationException(
            $"Row {row} (line {line}) of '{Path}', label column '{label.Name}': '{value}' is neither of the two classes the schema knows ('{label.PositiveClass}' and '{label.NegativeClass}'). Fix the value or retrain on data that has it.",
            Path, row, label.Name, line);
    }

    public static bool TryParseNumber(ReadOnlySpan<char> raw, out double value) =>
        FastNumber.TryParse(raw, out value);

    public static DataValidationException MissingLabelColumn(string path, string label, IReadOnlyList<string> header) => new(
        $"The data file '{path}' has no label column '{label}'. Available columns: {Quote(header)}. Set the label to one of them.",
        path, column: label);

    public static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => $"'{v}'"));

    private static bool SameClass(ReadOnlySpan<char> value, string classValue) =>
        value.Equals(classValue, StringComparison.OrdinalIgnoreCase)
        || (TryParseNumber(value, out var a) && TryParseNumber(classValue, out var b) && a == b);
}

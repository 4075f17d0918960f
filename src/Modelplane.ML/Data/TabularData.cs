using Microsoft.ML;

namespace Modelplane.ML.Data;

/// <summary>
/// Loads tabular CSV data into ML.NET data views, validating every value. Training data is loaded
/// with an inferred schema; data scored later is loaded against that schema, so a column that
/// was numeric in training must still hold numbers.
/// </summary>
public static class TabularData
{
    // At least this many numbers per non-number (95 %) make a column numeric with stray text in it.
    private const int StrayTextRatio = 19;

    private const int MaxLabelValuesShown = 20;

    /// <summary>
    /// Loads a CSV file into memory, inferring each column's kind: a column is numeric when all its
    /// non-missing values parse as invariant-culture numbers, text otherwise (unless declared in
    /// <paramref name="options"/>). The label column becomes a <see cref="bool"/> column.
    /// </summary>
    /// <param name="path">The CSV file, with a header row.</param>
    /// <param name="options">Label, declared column kinds, ignored columns, separator and missing-value markers.</param>
    /// <exception cref="DataValidationException">The file is missing, empty or malformed, or its values do not fit.</exception>
    public static TabularDataset LoadCsv(string path, CsvLoadOptions? options = null)
    {
        options ??= new CsvLoadOptions();
        var records = new List<(CsvRecord Fields, long Line)>();
        IReadOnlyList<string> header;
        using (var reader = CsvRecordReader.Open(path, options.Separator))
        {
            header = ReadHeader(reader, path);
            CheckNamedColumns(path, header, options);
            var record = new CsvRecord();
            while (reader.TryRead(record))
            {
                if (record.Count != header.Count)
                {
                    throw CsvRowBinder.RaggedRow(path, records.Count + 1, reader.RecordLine, record.Count, header.Count, options.Separator);
                }

                records.Add((record.Clone(), reader.RecordLine));
            }
        }

        if (records.Count == 0)
        {
            throw new DataValidationException($"The data file '{path}' has a header but no data rows. Point the configuration at a file with data.", path);
        }

        var missing = new MissingMarkers(options.MissingValues);
        var columns = new List<TabularColumn>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (name == options.Label || options.IgnoredColumns.Contains(name))
            {
                continue;
            }

            columns.Add(new TabularColumn(name, InferKind(path, records, i, name, missing, options)));
        }

        var schema = new TabularSchema
        {
            Columns = columns,
            Label = options.Label is null ? null : InferLabel(path, records, header.ToList().IndexOf(options.Label), options, missing),
            Separator = options.Separator,
            MissingValues = options.MissingValues,
        };

        var buffers = new ColumnBuffers(new CsvRowBinder(path, header, schema, requireLabel: true));
        for (var row = 0; row < records.Count; row++)
        {
            buffers.Add(records[row].Fields, row + 1, records[row].Line);
        }

        return new TabularDataset(buffers.ToDataView(), schema, buffers.RowCount, path);
    }

    /// <summary>
    /// Loads a CSV file into memory against a known schema (usually the training schema). Columns
    /// outside the schema are ignored; the label is loaded when the file has it.
    /// </summary>
    /// <param name="path">The CSV file, with a header row.</param>
    /// <param name="schema">The schema the values must fit.</param>
    /// <param name="requireLabel">Fail when the file lacks the label column (evaluation data); false for data to score.</param>
    /// <exception cref="DataValidationException">The file is missing or empty, lacks a schema column, or a value does not fit.</exception>
    public static TabularDataset LoadCsv(string path, TabularSchema schema, bool requireLabel = false)
    {
        ArgumentNullException.ThrowIfNull(schema);
        using var reader = CsvRecordReader.Open(path, schema.Separator);
        var header = ReadHeader(reader, path);
        var binder = new CsvRowBinder(path, header, schema, requireLabel);
        var buffers = new ColumnBuffers(binder);
        var record = new CsvRecord();
        while (reader.TryRead(record))
        {
            binder.CheckFieldCount(record, buffers.RowCount + 1, reader.RecordLine);
            buffers.Add(record, buffers.RowCount + 1, reader.RecordLine);
        }

        if (buffers.RowCount == 0)
        {
            throw new DataValidationException($"The data file '{path}' has a header but no data rows. Point the configuration at a file with data.", path);
        }

        var loadedSchema = binder.Columns.Any(c => c.Role == BoundColumnRole.Label) ? schema : schema with { Label = null };
        return new TabularDataset(buffers.ToDataView(), loadedSchema, buffers.RowCount, path);
    }

    /// <summary>
    /// A data view that streams a CSV file instead of loading it: memory stays flat however large
    /// the file is. The header is checked now; values are checked as rows are read, and a bad value
    /// stops the reading cursor with a <see cref="DataValidationException"/> naming row and column
    /// (ML.NET wraps it in an <see cref="InvalidOperationException"/> when a transformer reads the
    /// view on worker threads; <see cref="Inference.BatchPredictor"/> unwraps it).
    /// </summary>
    /// <param name="path">The CSV file, with a header row.</param>
    /// <param name="schema">The schema the values must fit.</param>
    /// <param name="idColumn">A column carried through as text (for example a row identifier), or null.</param>
    public static IDataView StreamCsv(string path, TabularSchema schema, string? idColumn = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new CsvDataView(path, schema, requireLabel: false, idColumn);
    }

    internal static IReadOnlyList<string> ReadHeader(CsvRecordReader reader, string path)
    {
        var record = new CsvRecord();
        if (!reader.TryRead(record))
        {
            throw new DataValidationException($"The data file '{path}' is empty. It needs a header row naming the columns, then one row per example.", path);
        }

        var header = record.ToArray().Select(f => f.Trim()).ToList();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Length == 0)
            {
                throw new DataValidationException(
                    $"Column {i + 1} of the header of '{path}' has no name. Give every column a name in the first row.", path, line: 1);
            }
        }

        var duplicate = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DataValidationException(
                $"The header of '{path}' names the column '{duplicate.Key}' more than once. Rename one of them.", path, column: duplicate.Key, line: 1);
        }

        return header;
    }

    private static void CheckNamedColumns(string path, IReadOnlyList<string> header, CsvLoadOptions options)
    {
        if (options.Label is { } label && !header.Contains(label))
        {
            throw CsvRowBinder.MissingLabelColumn(path, label, header);
        }

        foreach (var (list, what) in new[] { (options.NumericColumns, "numeric"), (options.TextColumns, "text"), (options.IgnoredColumns, "ignored") })
        {
            var unknown = list.Where(c => !header.Contains(c)).ToList();
            if (unknown.Count > 0)
            {
                throw new DataValidationException(
                    $"The columns declared {what} ({CsvRowBinder.Quote(unknown)}) are not in '{path}'. Available columns: {CsvRowBinder.Quote(header)}.",
                    path, column: unknown[0]);
            }
        }

        var both = options.NumericColumns.Intersect(options.TextColumns).ToList();
        if (both.Count > 0)
        {
            throw new DataValidationException(
                $"The column(s) {CsvRowBinder.Quote(both)} of '{path}' are declared both numeric and text. Declare each column once.", path, column: both[0]);
        }
    }

    private static ColumnKind InferKind(string path, List<(CsvRecord Fields, long Line)> records, int index, string name, MissingMarkers missing, CsvLoadOptions options)
    {
        if (options.TextColumns.Contains(name))
        {
            return ColumnKind.Text;
        }

        var declaredNumeric = options.NumericColumns.Contains(name);
        var numbers = 0;
        var texts = 0;
        var firstText = -1;
        for (var row = 0; row < records.Count; row++)
        {
            var raw = records[row].Fields[index];
            if (missing.Contains(raw))
            {
                continue;
            }

            if (CsvRowBinder.TryParseNumber(raw, out _))
            {
                numbers++;
                continue;
            }

            if (declaredNumeric)
            {
                throw new DataValidationException(
                    $"Row {row + 1} (line {records[row].Line}) of '{path}', column '{name}': '{records[row].Fields[index]}' is not a number, but the column is declared numeric. Fix the value, mark it missing (empty or one of {CsvRowBinder.Quote(options.MissingValues)}), or declare the column as text.",
                    path, row + 1, name, records[row].Line);
            }

            texts++;
            firstText = firstText < 0 ? row : firstText;
        }

        if (texts == 0)
        {
            return ColumnKind.Numeric;
        }

        // A column of numbers with a stray word is almost always a typo or an unmarked missing value;
        // reading it as text would silently one-hot encode a numeric feature.
        if (numbers >= StrayTextRatio * texts)
        {
            throw new DataValidationException(
                $"Row {firstText + 1} (line {records[firstText].Line}) of '{path}', column '{name}': '{records[firstText].Fields[index]}' is not a number, but {numbers} of the column's {numbers + texts} values are ({texts} not). Fix the value, mark it missing (empty or one of {CsvRowBinder.Quote(options.MissingValues)}), or, if the column really is text, list it among the text columns.",
                path, firstText + 1, name, records[firstText].Line);
        }

        return ColumnKind.Text;
    }

    private static BinaryLabel InferLabel(string path, List<(CsvRecord Fields, long Line)> records, int index, CsvLoadOptions options, MissingMarkers missing)
    {
        var name = options.Label!;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var row = 0; row < records.Count; row++)
        {
            var value = new string(records[row].Fields[index].Trim());
            if (missing.Contains(value))
            {
                throw new DataValidationException(
                    $"Row {row + 1} (line {records[row].Line}) of '{path}' has no value in the label column '{name}'. Remove unlabelled rows from training data, or fill them in.",
                    path, row + 1, name, records[row].Line);
            }

            counts[value] = counts.GetValueOrDefault(value) + 1;
        }

        if (counts.Count != 2)
        {
            var seen = string.Join(", ", counts.OrderByDescending(c => c.Value).Take(MaxLabelValuesShown).Select(c => $"'{c.Key}' ({c.Value} rows)"));
            var more = counts.Count > MaxLabelValuesShown ? $" and {counts.Count - MaxLabelValuesShown} more" : "";
            throw new DataValidationException(
                $"The label column '{name}' of '{path}' has {counts.Count} distinct value(s): {seen}{more}. Binary classification needs exactly two classes: pick another label column or map the values to two classes.",
                path, column: name);
        }

        var values = counts.Keys.ToArray();
        string positive;
        if (options.PositiveClass is { } requested)
        {
            positive = values.FirstOrDefault(v => string.Equals(v, requested.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new DataValidationException(
                    $"The positive class '{requested}' does not occur in the label column '{name}' of '{path}', whose values are {CsvRowBinder.Quote(values)}. Set PositiveClass to one of them.",
                    path, column: name);
        }
        else if (CsvRowBinder.TryParseNumber(values[0], out var a) && CsvRowBinder.TryParseNumber(values[1], out var b))
        {
            positive = a > b ? values[0] : values[1];
        }
        else if (values.All(v => bool.TryParse(v, out _)))
        {
            positive = values.First(v => bool.Parse(v));
        }
        else
        {
            positive = values.Order(StringComparer.Ordinal).Last();
        }

        return new BinaryLabel(name, positive, values.Single(v => v != positive));
    }
}

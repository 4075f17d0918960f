using Microsoft.ML;
using Microsoft.ML.Data;

namespace Modelplane.ML.Data;

/// <summary>Reads whole columns out of a data view (labels for stratification, values for statistics).</summary>
internal static class DataViewColumns
{
    public static DataViewSchema.Column Require(IDataView data, string name, string purpose)
    {
        var column = data.Schema.GetColumnOrNull(name);
        if (column is null)
        {
            throw new DataValidationException(
                $"The data has no column '{name}' ({purpose}). Available columns: {CsvRowBinder.Quote(data.Schema.Where(c => !c.IsHidden).Select(c => c.Name))}.",
                column: name);
        }

        return column.Value;
    }

    public static bool[] ReadBooleans(IDataView data, string name)
    {
        var column = Require(data, name, "the label");
        if (column.Type != BooleanDataViewType.Instance)
        {
            throw new DataValidationException(
                $"The label column '{name}' holds {column.Type} values; binary classification needs a boolean label. Load the data with TabularData.LoadCsv and CsvLoadOptions.Label = \"{name}\".",
                column: name);
        }

        return Read<bool>(data, column).ToArray();
    }

    public static float[] ReadSingles(IDataView data, string name) => Read<float>(data, Require(data, name, "scores")).ToArray();

    /// <summary>A numeric column as doubles (NaN for missing), whatever its numeric type.</summary>
    public static double[] ReadNumbers(IDataView data, DataViewSchema.Column column)
    {
        var type = column.Type.RawType;
        if (type == typeof(float))
        {
            return Read<float>(data, column).Select(ToDecimalDouble).ToArray();
        }

        if (type == typeof(double))
        {
            return Read<double>(data, column).ToArray();
        }

        if (type == typeof(int))
        {
            return Read<int>(data, column).Select(v => (double)v).ToArray();
        }

        if (type == typeof(long))
        {
            return Read<long>(data, column).Select(v => (double)v).ToArray();
        }

        throw new ArgumentException($"Column '{column.Name}' holds {column.Type} values, not numbers.", nameof(column));
    }

    /// <summary>A text or boolean column as strings (empty for missing text).</summary>
    public static string[] ReadCategories(IDataView data, DataViewSchema.Column column)
    {
        if (column.Type == BooleanDataViewType.Instance)
        {
            return Read<bool>(data, column).Select(v => v ? "true" : "false").ToArray();
        }

        return Read<ReadOnlyMemory<char>>(data, column).Select(v => v.ToString()).ToArray();
    }

    /// <summary>
    /// The double whose shortest decimal form is the float's: 7.691f becomes 7.691, as pandas reads the
    /// CSV text, not 7.690999984741211. Statistics and reports then show the user's own numbers.
    /// </summary>
    public static double ToDecimalDouble(float value)
    {
        if (!float.IsFinite(value))
        {
            return value;
        }

        Span<char> text = stackalloc char[32];
        value.TryFormat(text, out var written, "R", System.Globalization.CultureInfo.InvariantCulture);
        return FastNumber.TryParse(text[..written], out var parsed) ? parsed : value;
    }

    public static bool IsNumeric(DataViewSchema.Column column) =>
        column.Type.RawType == typeof(float) || column.Type.RawType == typeof(double) || column.Type.RawType == typeof(int) || column.Type.RawType == typeof(long);

    public static bool IsCategorical(DataViewSchema.Column column) =>
        column.Type == BooleanDataViewType.Instance || column.Type is TextDataViewType;

    private static IEnumerable<T> Read<T>(IDataView data, DataViewSchema.Column column)
    {
        using var cursor = data.GetRowCursor([column]);
        var getter = cursor.GetGetter<T>(column);
        T value = default!;
        while (cursor.MoveNext())
        {
            getter(ref value);
            yield return value;
        }
    }
}

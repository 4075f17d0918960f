#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace E2eBatch.Steps.Inference;

/// <summary>Writes the visible number, text and boolean columns of a data view as CSV (missing numbers as empty fields).</summary>
internal static class CsvWriter
{
    public static void Write(IDataView data, string path)
    {
        var columns = data.Schema.Where(column => !column.IsHidden && column.Type is NumberDataViewType or TextDataViewType or BooleanDataViewType).ToList();
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write(string.Join(',', columns.Select(column => Quote(column.Name))) + "\n");
        using var cursor = data.GetRowCursor(columns);
        var getters = columns.Select(column => Getter(cursor, column)).ToList();
        while (cursor.MoveNext())
        {
            writer.Write(string.Join(',', getters.Select(get => get())) + "\n");
        }
    }

    private static Func<string> Getter(DataViewRowCursor cursor, DataViewSchema.Column column)
    {
        if (column.Type is TextDataViewType)
        {
            var get = cursor.GetGetter<ReadOnlyMemory<char>>(column);
            ReadOnlyMemory<char> text = default;
            return () => { get(ref text); return Quote(text.ToString()); };
        }

        if (column.Type is BooleanDataViewType)
        {
            var get = cursor.GetGetter<bool>(column);
            var flag = false;
            return () => { get(ref flag); return flag ? "true" : "false"; };
        }

        var getFloat = cursor.GetGetter<float>(column);
        float number = 0;
        return () => { getFloat(ref number); return float.IsNaN(number) ? "" : number.ToString("R", CultureInfo.InvariantCulture); };
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}

using Microsoft.ML;
using Modelplane.ML.Data;

namespace Modelplane.ML.Preprocessing;

/// <summary>Finds and drops rows with a missing feature value (NaN number or empty text).</summary>
internal static class MissingRows
{
    public static IDataView Drop(IDataView data, IEnumerable<TabularColumn> columns)
    {
        bool[]? keep = null;
        foreach (var column in columns)
        {
            var source = DataViewColumns.Require(data, column.Name, "a feature");
            bool[] present = column.Kind == ColumnKind.Numeric
                ? DataViewColumns.ReadNumbers(data, source).Select(v => !double.IsNaN(v)).ToArray()
                : DataViewColumns.ReadCategories(data, source).Select(v => v.Length > 0).ToArray();
            keep ??= Enumerable.Repeat(true, present.Length).ToArray();
            for (var i = 0; i < present.Length; i++)
            {
                keep[i] &= present[i];
            }
        }

        return keep is null || keep.All(k => k) ? data : new RowMaskView(data, keep);
    }
}

using Microsoft.ML;
using Modelplane.ML.Data;

namespace Modelplane.ML.Splitting;

/// <summary>Row positions grouped by class and shuffled with a seed: the common ground of splits and folds.</summary>
internal static class Stratification
{
    public static (bool[] Labels, List<int>[] RowsByClass) ShuffledRowsByClass(IDataView data, string labelColumn, int seed)
    {
        var labels = DataViewColumns.ReadBooleans(data, labelColumn);
        var random = new Random(seed);
        var rowsByClass = new[] { new List<int>(), new List<int>() };
        for (var i = 0; i < labels.Length; i++)
        {
            rowsByClass[labels[i] ? 1 : 0].Add(i);
        }

        foreach (var rows in rowsByClass)
        {
            for (var i = rows.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (rows[i], rows[j]) = (rows[j], rows[i]);
            }
        }

        return (labels, rowsByClass);
    }
}

using Microsoft.ML;
using Modelplane.ML.Data;

namespace Modelplane.ML.Splitting;

/// <summary>
/// Seeded stratified k-fold cross-validation folds: every fold holds about 1/k of each class
/// (ML.NET's <c>CrossValidate</c> folds are not stratified).
/// </summary>
public static class StratifiedKFold
{
    /// <summary>The k (train, test) pairs; each row is in exactly one test part.</summary>
    /// <param name="data">The rows; the label must be a boolean column.</param>
    /// <param name="labelColumn">The label column name.</param>
    /// <param name="folds">The number of folds, at least 2 and at most the size of the smaller class.</param>
    /// <param name="seed">The shuffle seed: the same seed gives the same folds.</param>
    public static IReadOnlyList<DataSplit> Split(IDataView data, string labelColumn, int folds = 5, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(data);
        var assignment = Assign(data, labelColumn, folds, seed);
        return Enumerable.Range(0, folds)
            .Select(f => new DataSplit(
                new RowMaskView(data, assignment.Select(a => a != f).ToArray()),
                new RowMaskView(data, assignment.Select(a => a == f).ToArray())))
            .ToList();
    }

    /// <summary>The fold of each row: each class is shuffled and dealt round-robin to the folds.</summary>
    internal static int[] Assign(IDataView data, string labelColumn, int folds, int seed)
    {
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "Cross-validation needs at least 2 folds.");
        }

        var (labels, rowsByClass) = Stratification.ShuffledRowsByClass(data, labelColumn, seed);
        var smaller = rowsByClass.Min(r => r.Count);
        if (smaller < folds)
        {
            throw new DataValidationException(
                $"The label '{labelColumn}' has only {smaller} row(s) of its smaller class, fewer than the {folds} folds asked for. Use at most {Math.Max(smaller, 2)} folds or more data.",
                column: labelColumn);
        }

        var assignment = new int[labels.Length];
        var next = 0;
        foreach (var rows in rowsByClass)
        {
            // Continue the round-robin across classes so fold sizes differ by at most one row.
            foreach (var row in rows)
            {
                assignment[row] = next;
                next = (next + 1) % folds;
            }
        }

        return assignment;
    }
}

using Microsoft.ML;
using Modelplane.ML.Data;

namespace Modelplane.ML.Splitting;

/// <summary>
/// A seeded train/test split that keeps the class balance of the label in both parts (ML.NET's
/// <c>TrainTestSplit</c> does not). Rows keep their original order within each part.
/// </summary>
public static class StratifiedSplit
{
    /// <summary>Splits <paramref name="data"/> into training and test rows.</summary>
    /// <param name="data">The rows; the label must be a boolean column.</param>
    /// <param name="labelColumn">The label column name.</param>
    /// <param name="testFraction">The share of rows held out, in (0, 1); the test size is rounded up, as scikit-learn does.</param>
    /// <param name="seed">The shuffle seed: the same seed gives the same split.</param>
    public static DataSplit Split(IDataView data, string labelColumn, double testFraction = 0.2, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (testFraction is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must be between 0 and 1, for example 0.2.");
        }

        var (labels, rowsByClass) = Stratification.ShuffledRowsByClass(data, labelColumn, seed);
        var total = labels.Length;
        var testTotal = (int)Math.Ceiling(testFraction * total);
        if (testTotal >= total)
        {
            throw new DataValidationException(
                $"A test fraction of {testFraction} leaves no training rows out of {total}. Use a smaller fraction or more data.", column: labelColumn);
        }

        // Largest-remainder allocation: each class gets its share of the test rows, rounding
        // handed to the classes with the largest remainders.
        var exact = rowsByClass.Select(r => (double)r.Count * testTotal / total).ToArray();
        var perClass = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (var c in Enumerable.Range(0, 2).OrderByDescending(c => exact[c] - perClass[c]).ThenBy(c => c).Take(testTotal - perClass.Sum()))
        {
            perClass[c]++;
        }

        var isTest = new bool[total];
        for (var c = 0; c < 2; c++)
        {
            foreach (var row in rowsByClass[c].Take(perClass[c]))
            {
                isTest[row] = true;
            }
        }

        return new DataSplit(new RowMaskView(data, isTest.Select(t => !t).ToArray()), new RowMaskView(data, isTest));
    }
}

using System.Globalization;

namespace Modelplane.Quality.Bench;

/// <summary>
/// Writes the training and test rows of each fold as CSV files (header plus the data lines of the
/// original file), so both sides of the comparison load exactly the rows the fold file assigns.
/// </summary>
internal static class FoldFiles
{
    /// <summary>Reads <c>row,fold</c> lines (0-based data rows in file order) written by sklearn_cv.py.</summary>
    public static int[] ReadAssignment(string path, int expectedRows)
    {
        var folds = File.ReadLines(path).Skip(1).Where(line => line.Length > 0)
            .Select(line => int.Parse(line.Split(',')[1], CultureInfo.InvariantCulture))
            .ToArray();
        if (folds.Length != expectedRows)
        {
            throw new InvalidOperationException($"'{path}' assigns {folds.Length} rows to folds but the data has {expectedRows}; regenerate it from the same CSV with sklearn_cv.py.");
        }

        return folds;
    }

    /// <summary>Returns the paths of the training and test CSV files of <paramref name="fold"/>.</summary>
    public static (string Train, string Test) Write(string dataPath, int[] assignment, int fold, string folder)
    {
        var lines = File.ReadAllLines(dataPath);
        var data = lines.Skip(1).Where(line => line.Length > 0).ToArray();
        if (data.Length != assignment.Length || data.Any(line => line.Contains('"')))
        {
            throw new InvalidOperationException($"'{dataPath}' must have one unquoted line per data row ({assignment.Length}) for the fold files.");
        }

        var train = Path.Combine(folder, $"fold{fold}_train.csv");
        var test = Path.Combine(folder, $"fold{fold}_test.csv");
        File.WriteAllLines(train, [lines[0], .. data.Where((_, row) => assignment[row] != fold)]);
        File.WriteAllLines(test, [lines[0], .. data.Where((_, row) => assignment[row] == fold)]);
        return (train, test);
    }
}

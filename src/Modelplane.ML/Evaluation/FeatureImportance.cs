using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Training;

namespace Modelplane.ML.Evaluation;

/// <summary>How much a feature matters: the drop in a metric when its values are shuffled.</summary>
/// <param name="Feature">The feature slot name (a column, or <c>column.value</c> for one-hot slots).</param>
/// <param name="AucDecrease">Mean decrease of AUC over the permutations (larger = more important).</param>
/// <param name="AucDecreaseStdDev">Sample standard deviation of that decrease over the permutations (0 with one permutation).</param>
/// <param name="AccuracyDecrease">Mean decrease of accuracy.</param>
public sealed record FeatureImportance(string Feature, double AucDecrease, double AucDecreaseStdDev, double AccuracyDecrease)
{
    /// <summary>
    /// Permutation feature importance of the model on labelled raw data, most important first: for each slot of
    /// the preprocessed <c>Features</c> vector, the mean drop in AUC and accuracy when that slot's values are
    /// shuffled across the rows, over <paramref name="permutations"/> shuffles.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="data">Labelled raw rows, usually the test split.</param>
    /// <param name="permutations">Shuffles per feature; more gives steadier numbers.</param>
    /// <param name="seed">The shuffle seed: the same seed, model and data give the same result.</param>
    public static IReadOnlyList<FeatureImportance> Compute(TrainedModel model, IDataView data, int permutations = 5, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        var matrix = FeatureMatrix.Read(model.Preprocessor.Transformer.Transform(data), Preprocessor.FeaturesColumn, model.Label.Name);
        var rows = new PermutedRows(matrix, permutations, seed);
        var blocks = ScoreBlocks(model, rows, matrix);

        var baseline = blocks[0];
        var importance = new List<FeatureImportance>(matrix.Slots);
        for (var slot = 0; slot < matrix.Slots; slot++)
        {
            var aucDrops = new double[permutations];
            var accuracyDrops = new double[permutations];
            for (var p = 0; p < permutations; p++)
            {
                var permuted = blocks[1 + slot * permutations + p];
                aucDrops[p] = baseline.Auc - permuted.Auc;
                accuracyDrops[p] = baseline.Accuracy - permuted.Accuracy;
            }

            importance.Add(new FeatureImportance(matrix.SlotNames[slot], aucDrops.Average(), SampleStdDev(aucDrops), accuracyDrops.Average()));
        }

        return importance
            .OrderByDescending(f => f.AucDecrease)
            .ThenBy(f => f.Feature, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Scores every block in one pass and returns each block's AUC and accuracy.</summary>
    private static (double Auc, double Accuracy)[] ScoreBlocks(TrainedModel model, PermutedRows rows, FeatureMatrix matrix)
    {
        var scored = model.Predictor.Transform(rows.ToDataView(new MLContext(), Preprocessor.FeaturesColumn));
        var scoreColumn = scored.Schema[ScoreColumns.Score];
        var predictedColumn = scored.Schema[ScoreColumns.PredictedLabel];
        var results = new (double, double)[rows.Blocks];
        var scores = new float[matrix.Rows];
        using var cursor = scored.GetRowCursor([scoreColumn, predictedColumn]);
        var getScore = cursor.GetGetter<float>(scoreColumn);
        var getPredicted = cursor.GetGetter<bool>(predictedColumn);
        var predicted = false;
        for (var block = 0; block < rows.Blocks; block++)
        {
            var correct = 0;
            for (var r = 0; r < matrix.Rows && cursor.MoveNext(); r++)
            {
                getScore(ref scores[r]);
                getPredicted(ref predicted);
                correct += predicted == matrix.Labels[r] ? 1 : 0;
            }

            results[block] = (MetricCalculator.Auc(matrix.Labels, scores), matrix.Rows == 0 ? double.NaN : (double)correct / matrix.Rows);
        }

        return results;
    }

    private static double SampleStdDev(double[] values)
    {
        if (values.Length < 2)
        {
            return 0;
        }

        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}

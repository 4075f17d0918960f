using Microsoft.ML;
using Modelplane.ML.Training;

namespace Modelplane.ML.Evaluation;

/// <summary>How much a feature matters: the drop in a metric when its values are shuffled.</summary>
/// <param name="Feature">The feature slot name (a column, or <c>column.value</c> for one-hot slots).</param>
/// <param name="AucDecrease">Mean decrease of AUC over the permutations (larger = more important).</param>
/// <param name="AucDecreaseStdDev">Standard deviation of that decrease.</param>
/// <param name="AccuracyDecrease">Mean decrease of accuracy.</param>
public sealed record FeatureImportance(string Feature, double AucDecrease, double AucDecreaseStdDev, double AccuracyDecrease)
{
    /// <summary>
    /// Permutation feature importance of the model on labelled raw data, most important first
    /// (ML.NET's PFI on the predictor, over the preprocessed <c>Features</c> slots).
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="data">Labelled raw rows, usually the test split.</param>
    /// <param name="permutations">Shuffles per feature; more gives steadier numbers.</param>
    /// <param name="seed">The shuffle seed.</param>
    public static IReadOnlyList<FeatureImportance> Compute(TrainedModel model, IDataView data, int permutations = 5, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var ml = new MLContext(seed);
        var features = model.Preprocessor.Transformer.Transform(data);
        var statistics = ml.BinaryClassification.PermutationFeatureImportanceNonCalibrated(
            model.Predictor, features, model.Label.Name, permutationCount: permutations);
        return statistics
            .Select(s => new FeatureImportance(s.Key, -s.Value.AreaUnderRocCurve.Mean, s.Value.AreaUnderRocCurve.StandardDeviation, -s.Value.Accuracy.Mean))
            .OrderByDescending(f => f.AucDecrease)
            .ThenBy(f => f.Feature, StringComparer.Ordinal)
            .ToList();
    }
}

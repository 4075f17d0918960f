using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;
using Modelplane.ML.Data;

namespace Modelplane.ML.Preprocessing;

/// <summary>
/// Fits the preprocessing that turns tabular columns into the single <c>Features</c> vector every
/// trainer reads: drop columns, handle missing values, one-hot encode text, normalise numbers,
/// concatenate. The result is a saveable <see cref="FittedPreprocessor"/> that inference reuses.
/// </summary>
public static class Preprocessor
{
    /// <summary>The name of the feature vector column the preprocessor produces.</summary>
    public const string FeaturesColumn = "Features";

    /// <summary>Learns the preprocessing from <paramref name="data"/> (the training split).</summary>
    /// <param name="data">Training data as loaded by <see cref="TabularData.LoadCsv(string, CsvLoadOptions?)"/>.</param>
    /// <param name="schema">The schema the data was loaded with.</param>
    /// <param name="options">Columns to drop, missing-value policy and normalisation.</param>
    /// <exception cref="DataValidationException">A column to drop is unknown, or the data lacks a schema column.</exception>
    public static FittedPreprocessor Fit(IDataView data, TabularSchema schema, PreprocessingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= new PreprocessingOptions();

        var unknown = options.DropColumns.Where(c => schema.Columns.All(s => s.Name != c)).ToList();
        if (unknown.Count > 0)
        {
            throw new DataValidationException(
                $"Cannot drop the column(s) {CsvRowBinder.Quote(unknown)}: they are not feature columns. Feature columns: {CsvRowBinder.Quote(schema.Columns.Select(c => c.Name))}.",
                column: unknown[0]);
        }

        var features = schema.Columns.Where(c => !options.DropColumns.Contains(c.Name)).ToList();
        if (features.Count == 0)
        {
            throw new DataValidationException("No feature columns are left after dropping columns. Keep at least one column besides the label.");
        }

        FittedPreprocessor.CheckColumns(data.Schema, features);
        var fitData = options.MissingValues == MissingValuePolicy.Drop ? MissingRows.Drop(data, features) : data;

        var ml = new MLContext(seed: 0);
        var numeric = features.Where(c => c.Kind == ColumnKind.Numeric).Select(c => c.Name).ToArray();
        var text = features.Where(c => c.Kind == ColumnKind.Text).Select(c => c.Name).ToArray();

        IEstimator<ITransformer> pipeline = new EstimatorChain<ITransformer>();
        if (numeric.Length > 0)
        {
            var pairs = numeric.Select(n => new InputOutputColumnPair(n)).ToArray();
            pipeline = pipeline.Append(ml.Transforms.ReplaceMissingValues(pairs, MissingValueReplacingEstimator.ReplacementMode.Mean));
            pipeline = options.Normalization switch
            {
                Normalization.MinMax => pipeline.Append(ml.Transforms.NormalizeMinMax(pairs, fixZero: false)),
                Normalization.MeanVariance => pipeline.Append(ml.Transforms.NormalizeMeanVariance(pairs, fixZero: false)),
                _ => pipeline,
            };
        }

        foreach (var column in text)
        {
            pipeline = pipeline.Append(ImputeMostFrequent(ml, fitData, column));
        }

        if (text.Length > 0)
        {
            pipeline = pipeline.Append(ml.Transforms.Categorical.OneHotEncoding(text.Select(n => new InputOutputColumnPair(n)).ToArray()));
        }

        pipeline = pipeline.Append(ml.Transforms.Concatenate(FeaturesColumn, features.Select(c => c.Name).ToArray()));
        var transformer = pipeline.Fit(fitData);
        return new FittedPreprocessor(transformer, data.Schema, schema, options);
    }

    /// <summary>
    /// Replaces empty text with the most frequent training value. Values never seen in training map
    /// to empty text too, which one-hot encoding turns into an all-zero vector: "none of the known categories".
    /// </summary>
    private static IEstimator<ITransformer> ImputeMostFrequent(MLContext ml, IDataView data, string column)
    {
        var values = DataViewColumns.ReadCategories(data, DataViewColumns.Require(data, column, "a text feature"));
        var counts = values.Where(v => v.Length > 0).GroupBy(v => v, StringComparer.Ordinal).ToList();
        var mostFrequent = counts
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault() ?? "";

        var map = counts.Select(g => new KeyValuePair<ReadOnlyMemory<char>, ReadOnlyMemory<char>>(g.Key.AsMemory(), g.Key.AsMemory())).ToList();
        map.Add(new KeyValuePair<ReadOnlyMemory<char>, ReadOnlyMemory<char>>(ReadOnlyMemory<char>.Empty, mostFrequent.AsMemory()));
        return ml.Transforms.Conversion.MapValue(column, map, column);
    }
}

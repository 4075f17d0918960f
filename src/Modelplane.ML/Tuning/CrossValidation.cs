using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tuning;

/// <summary>Stratified k-fold cross-validation of one trainer configuration on raw tabular data.</summary>
public static class CrossValidation
{
    /// <summary>
    /// Splits <paramref name="data"/> into stratified folds, fits the preprocessing and the trainer
    /// on each fold's training rows and measures the held-out rows.
    /// </summary>
    /// <param name="data">Labelled raw rows.</param>
    /// <param name="schema">The schema the rows were loaded with.</param>
    /// <param name="config">The trainer and its parameters.</param>
    /// <param name="folds">The number of folds.</param>
    /// <param name="metric">The metric summarised by mean and standard deviation.</param>
    /// <param name="preprocessing">The preprocessing fitted in each fold.</param>
    /// <param name="seed">Seeds the folds and the trainer.</param>
    /// <param name="cancellationToken">Stops between folds.</param>
    public static CrossValidationResult Run(
        IDataView data,
        TabularSchema schema,
        TrainerConfig config,
        int folds = 5,
        ClassificationMetric metric = ClassificationMetric.Accuracy,
        PreprocessingOptions? preprocessing = null,
        int seed = 42,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(config);
        var prepared = PreparedFolds.Prepare(data, schema, preprocessing ?? new PreprocessingOptions(), folds, seed);
        var metrics = prepared.Evaluate(config, seed, cancellationToken);
        var (mean, std) = Summarise(metrics, metric);
        return new CrossValidationResult(config, metric, mean, std, metrics);
    }

    /// <summary>Mean and population standard deviation of a metric over folds.</summary>
    internal static (double Mean, double StdDev) Summarise(IReadOnlyList<ClassificationMetrics> folds, ClassificationMetric metric)
    {
        var values = folds.Select(f => f.Get(metric) ?? double.NaN).ToArray();
        var mean = values.Average();
        var std = Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Average());
        return (mean, std);
    }
}

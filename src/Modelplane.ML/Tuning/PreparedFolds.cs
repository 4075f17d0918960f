using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Splitting;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tuning;

/// <summary>
/// Stratified folds with the preprocessing fitted on each fold's training rows only (no leakage
/// from the held-out rows), transformed once and cached, so every trial only fits its trainer.
/// </summary>
internal sealed class PreparedFolds
{
    private readonly List<(IDataView Train, IDataView Test)> _folds;

    private PreparedFolds(string labelColumn, List<(IDataView Train, IDataView Test)> folds)
    {
        LabelColumn = labelColumn;
        _folds = folds;
    }

    public string LabelColumn { get; }

    public int Count => _folds.Count;

    public static PreparedFolds Prepare(IDataView data, TabularSchema schema, PreprocessingOptions preprocessing, int folds, int seed)
    {
        var label = schema.RequireLabel().Name;
        var ml = new MLContext(seed);
        var prepared = new List<(IDataView, IDataView)>();

        // Each fold reads the rows several times (the fold split, fitting and applying the preprocessing).
        // Read once into memory, so a view over a stored .idv file is not decoded again for every pass.
        var rows = Materialize(ml, data);
        foreach (var split in StratifiedKFold.Split(rows, label, folds, seed))
        {
            var preprocessor = Preprocessor.Fit(split.Train, schema, preprocessing);
            prepared.Add((Materialize(ml, preprocessor.Transform(split.Train)), Materialize(ml, preprocessor.Transform(split.Test))));
        }

        return new PreparedFolds(label, prepared);
    }

    /// <summary>Fits <paramref name="config"/> on every fold and measures it on the held-out rows.</summary>
    public IReadOnlyList<ClassificationMetrics> Evaluate(TrainerConfig config, int seed, CancellationToken cancellationToken)
    {
        var metrics = new List<ClassificationMetrics>();
        foreach (var (train, test) in _folds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var predictor = ModelTrainer.FitPredictor(train, config, LabelColumn, seed);
            metrics.Add(MetricCalculator.Metrics(Predictions.Read(predictor.Transform(test), LabelColumn)));
        }

        return metrics;
    }

    /// <summary>Caches a view and reads it once, so trials running in parallel only ever read a filled cache.</summary>
    private static IDataView Materialize(MLContext ml, IDataView view)
    {
        var cached = ml.Data.Cache(view);
        using var cursor = cached.GetRowCursor(cached.Schema);
        while (cursor.MoveNext())
        {
        }

        return cached;
    }
}

using Microsoft.ML;
using Modelplane.ML.Data;
using Modelplane.ML.Preprocessing;

namespace Modelplane.ML.Training;

/// <summary>Trains a model on raw tabular data with a fitted preprocessor and a fixed trainer configuration.</summary>
public static class ModelTrainer
{
    /// <summary>
    /// Preprocesses <paramref name="data"/>, fits the configured trainer on it and returns the whole
    /// model (preprocessing + predictor), ready to score raw data.
    /// </summary>
    /// <param name="data">The raw training rows, with the boolean label.</param>
    /// <param name="preprocessor">The preprocessing fitted on the same rows.</param>
    /// <param name="config">The trainer and its parameters.</param>
    /// <param name="seed">The seed for the trainer and ML.NET's random number generator.</param>
    public static TrainedModel Train(IDataView data, FittedPreprocessor preprocessor, TrainerConfig config, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(preprocessor);
        ArgumentNullException.ThrowIfNull(config);
        var label = preprocessor.Schema.RequireLabel().Name;
        DataViewColumns.Require(data, label, "the label");
        var predictor = FitPredictor(preprocessor.Transform(data), config, label, seed);
        return new TrainedModel(preprocessor, predictor, TrainerCatalog.Canonical(config.Trainer), config.Parameters);
    }

    /// <summary>Fits the trainer on already preprocessed data (a <c>Features</c> vector and the label).</summary>
    internal static ITransformer FitPredictor(IDataView features, TrainerConfig config, string labelColumn, int seed)
    {
        // A context per fit, seeded, so fits running in parallel neither share nor race on its random state.
        var ml = new MLContext(seed);
        var trainer = TrainerCatalog.Create(ml, config, labelColumn, seed);
        return trainer.Fit(ml.Data.Cache(features));
    }
}

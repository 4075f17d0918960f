using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Data;
using Modelplane.ML.Materializers;
using Modelplane.ML.Preprocessing;

namespace Modelplane.ML.Training;

/// <summary>
/// A trained binary classifier that reads raw tabular columns: the fitted preprocessing followed by
/// the trainer's predictor, with the training schema, trainer name and hyperparameters. Saved as an
/// ML.NET model zip with its input schema (loadable by <c>MLContext.Model.Load</c>) plus a manifest.
/// </summary>
public sealed class TrainedModel
{
    internal TrainedModel(FittedPreprocessor preprocessor, ITransformer predictor, string trainer, IReadOnlyDictionary<string, string> hyperparameters)
    {
        Preprocessor = preprocessor;
        Predictor = predictor;
        Trainer = trainer;
        Hyperparameters = hyperparameters;
        Transformer = new TransformerChain<ITransformer>(preprocessor.Transformer, predictor);
    }

    /// <summary>The whole model, raw columns in, <c>Score</c>, <c>PredictedLabel</c> (and <c>Probability</c> when calibrated) out.</summary>
    public ITransformer Transformer { get; }

    /// <summary>The preprocessing part.</summary>
    public FittedPreprocessor Preprocessor { get; }

    /// <summary>The columns and label the model was trained on.</summary>
    public TabularSchema Schema => Preprocessor.Schema;

    /// <summary>The label the model predicts.</summary>
    public BinaryLabel Label => Schema.RequireLabel();

    /// <summary>The ML.NET input schema (the raw columns), saved with the model.</summary>
    public DataViewSchema InputSchema => Preprocessor.InputSchema;

    /// <summary>The trainer name (see <see cref="TrainerCatalog"/>).</summary>
    public string Trainer { get; }

    /// <summary>The parameters set on the trainer, in invariant text.</summary>
    public IReadOnlyDictionary<string, string> Hyperparameters { get; }

    /// <summary>Whether the model outputs a calibrated <c>Probability</c> column.</summary>
    public bool IsCalibrated => Transformer.GetOutputSchema(InputSchema).GetColumnOrNull(ScoreColumns.Probability) is not null;

    internal ITransformer Predictor { get; }

    /// <summary>Scores <paramref name="data"/>: the input columns plus <c>Score</c>, <c>PredictedLabel</c> and, when calibrated, <c>Probability</c>.</summary>
    /// <exception cref="DataValidationException">The data lacks a column the model needs.</exception>
    public IDataView Score(IDataView data)
    {
        ArgumentNullException.ThrowIfNull(data);
        FittedPreprocessor.CheckColumns(data.Schema, Preprocessor.FeatureColumns);
        return Transformer.Transform(data);
    }

    /// <summary>Writes the model to <paramref name="path"/>.</summary>
    public void Save(string path) => ModelZip.Save(Transformer, InputSchema, ToManifestJson(), path);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static TrainedModel Load(string path)
    {
        var (transformer, inputSchema, manifest) = ModelZip.Load<Manifest>(path, "model");
        var parts = (transformer as TransformerChain<ITransformer>)?.ToList();
        if (parts is not { Count: 2 })
        {
            throw new InvalidDataException($"The model file '{path}' does not hold a preprocessor followed by a predictor.");
        }

        var preprocessor = new FittedPreprocessor(parts[0], inputSchema, manifest.Schema, manifest.Preprocessing);
        return new TrainedModel(preprocessor, parts[1], manifest.Trainer, manifest.Hyperparameters);
    }

    internal string ToManifestJson() => ModelZip.ToJson(
        new Manifest(Schema, Preprocessor.Options, Trainer, new SortedDictionary<string, string>(Hyperparameters.ToDictionary(), StringComparer.Ordinal)));

    private sealed record Manifest(TabularSchema Schema, PreprocessingOptions Preprocessing, string Trainer, SortedDictionary<string, string> Hyperparameters);
}

using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.ML.Training;

namespace Modelplane.ML.Materializers;

/// <summary>Stores a <see cref="TrainedModel"/> as an ML.NET model zip with its input schema and a Modelplane manifest.</summary>
public sealed class TrainedModelMaterializer : Materializer<TrainedModel>
{
    /// <inheritdoc />
    public override string Id => "modelplane.ml.model";

    /// <inheritdoc />
    public override ArtifactKind DefaultKind => ArtifactKind.Model;

    /// <inheritdoc />
    protected override void Save(TrainedModel value, string path) => value.Save(path);

    /// <inheritdoc />
    protected override TrainedModel Load(string path) => TrainedModel.Load(path);

    /// <summary>Yes: the value is immutable and scores exactly as the saved file does, so later steps of the run skip reloading the zip.</summary>
    protected override bool ReusesSavedValue => true;

    /// <summary>Trainer, hyperparameters, label, input schema and feature count (the engine adds the stored file's size).</summary>
    protected override IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(TrainedModel value)
    {
        return new Dictionary<string, MetadataValue>
        {
            ["trainer"] = value.Trainer,
            ["hyperparameters"] = MetadataValue.Json(new SortedDictionary<string, string>(value.Hyperparameters.ToDictionary(), StringComparer.Ordinal)),
            ["label"] = value.Label.Name,
            ["positive_class"] = value.Label.PositiveClass,
            ["calibrated"] = value.IsCalibrated,
            ["features"] = value.Preprocessor.FeatureNames.Count,
            ["input_schema"] = MetadataValue.JsonText(SchemaDescription.ToJson(value.InputSchema)),
        };
    }
}

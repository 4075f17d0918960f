using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.ML.Preprocessing;

namespace Modelplane.ML.Materializers;

/// <summary>Stores a <see cref="FittedPreprocessor"/> as an ML.NET model zip with its input schema and a Modelplane manifest.</summary>
public sealed class FittedPreprocessorMaterializer : Materializer<FittedPreprocessor>
{
    /// <inheritdoc />
    public override string Id => "modelplane.ml.preprocessor";

    /// <inheritdoc />
    public override ArtifactKind DefaultKind => ArtifactKind.Model;

    /// <inheritdoc />
    protected override void Save(FittedPreprocessor value, string path) => value.Save(path);

    /// <inheritdoc />
    protected override FittedPreprocessor Load(string path) => FittedPreprocessor.Load(path);

    /// <summary>Yes: the value is immutable and scores exactly as the saved file does, so later steps of the run skip reloading the zip.</summary>
    protected override bool ReusesSavedValue => true;

    /// <summary>Feature columns and slots, options and input schema (the engine adds the stored file's size).</summary>
    protected override IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(FittedPreprocessor value)
    {
        return new Dictionary<string, MetadataValue>
        {
            ["columns"] = value.FeatureColumns.Count,
            ["features"] = value.FeatureNames.Count,
            ["missing_values"] = value.Options.MissingValues.ToString(),
            ["normalization"] = value.Options.Normalization.ToString(),
            ["dropped_columns"] = MetadataValue.Json(value.Options.DropColumns),
            ["input_schema"] = MetadataValue.JsonText(SchemaDescription.ToJson(value.InputSchema)),
        };
    }
}

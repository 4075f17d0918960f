using Modelplane.Artifacts;

namespace Modelplane.ML.Materializers;

/// <summary>The materializers of Modelplane.ML, for registering with the artifact store in one call.</summary>
public static class MLMaterializers
{
    /// <summary>Data views (.idv), fitted preprocessors, trained models and CSV files.</summary>
    public static IReadOnlyList<IMaterializer> All { get; } =
    [
        new DataViewMaterializer(),
        new FittedPreprocessorMaterializer(),
        new TrainedModelMaterializer(),
        new CsvFileMaterializer(),
    ];
}

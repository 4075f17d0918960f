using Modelplane.ML.Preprocessing;
using Modelplane.ML.Splitting;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tests.Support;

/// <summary>Models trained once per test run on a fixed stratified split of the sample data.</summary>
internal static class TrainedModels
{
    private static readonly Lazy<DataSplit> LazySplit = new(() => StratifiedSplit.Split(BreastCancer.Dataset.Data, "target", 0.2, seed: 42));
    private static readonly Lazy<FittedPreprocessor> LazyScaled = new(() =>
        Preprocessor.Fit(Split.Train, BreastCancer.Dataset.Schema, new PreprocessingOptions { Normalization = Normalization.MeanVariance }));

    private static readonly Lazy<TrainedModel> LazyLogistic = new(() => ModelTrainer.Train(Split.Train, LazyScaled.Value, TrainerConfig.Of(TrainerCatalog.LbfgsLogisticRegression)));
    private static readonly Lazy<TrainedModel> LazyForest = new(() => ModelTrainer.Train(Split.Train, LazyScaled.Value, TrainerConfig.Of(TrainerCatalog.FastForest, ("NumberOfTrees", 20))));

    /// <summary>A deliberately weak model: a two-leaf tree on one feature (mean texture).</summary>
    private static readonly Lazy<TrainedModel> LazyWeak = new(() => ModelTrainer.Train(
        Split.Train,
        Preprocessor.Fit(Split.Train, BreastCancer.Dataset.Schema, new PreprocessingOptions
        {
            DropColumns = BreastCancer.Dataset.Schema.Columns.Select(c => c.Name).Where(n => n != "mean_texture").ToList(),
        }),
        TrainerConfig.Of(TrainerCatalog.FastTree, ("NumberOfTrees", 1), ("NumberOfLeaves", 2))));

    public static DataSplit Split => LazySplit.Value;

    public static TrainedModel Logistic => LazyLogistic.Value;

    public static TrainedModel Forest => LazyForest.Value;

    public static TrainedModel Weak => LazyWeak.Value;
}

using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Tests.Support;
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;

namespace Modelplane.ML.Tests.Tuning;

public sealed class CrossValidationTests
{
    [Fact]
    public void Scaled_logistic_regression_reaches_097_mean_accuracy_under_stratified_10_fold_cv()
    {
        var data = BreastCancer.Dataset;

        var result = CrossValidation.Run(
            data.Data,
            data.Schema,
            TrainerConfig.Of(TrainerCatalog.LbfgsLogisticRegression),
            folds: 10,
            preprocessing: new PreprocessingOptions { Normalization = Normalization.MeanVariance });

        Assert.Equal(10, result.Folds.Count);
        Assert.True(result.Mean >= 0.97, $"mean accuracy {result.Mean:0.0000} ± {result.StdDev:0.0000}");
        Assert.Equal(result.Folds.Average(f => f.Accuracy), result.Mean, 12);
        Assert.All(result.Folds, f => Assert.True(f.Auc > 0.95));
    }
}

using System.Text.Json;
using Modelplane.ML.Drift;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Tests.Support;
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;

namespace Modelplane.ML.Tests.Results;

/// <summary>Results travel between pipeline steps as JSON artifacts, serialised with default options.</summary>
public sealed class JsonRoundTripTests
{
    [Fact]
    public void A_search_result_with_a_failed_trial_round_trips_and_keeps_its_best()
    {
        var result = new SearchResult(ClassificationMetric.Auc, 5,
        [
            new TrialResult(0, "lr", TrainerConfig.Of(TrainerCatalog.LbfgsLogisticRegression, ("L2Regularization", 0.25)), 0.97, 0.01, [0.96, 0.98]),
            new TrialResult(1, "gbm", TrainerConfig.Of(TrainerCatalog.LightGbm), double.NaN, double.NaN, [], "DllNotFoundException: lib_lightgbm"),
        ]);

        var copy = JsonSerializer.Deserialize<SearchResult>(JsonSerializer.Serialize(result))!;

        Assert.Equal(0, copy.Best.Index);
        Assert.Equal("0.25", copy.BestConfig.Parameters["L2Regularization"]);
        Assert.True(double.IsNaN(copy.Trials[1].Mean));
        Assert.Equal(result.Trials[0].FoldScores, copy.Trials[0].FoldScores);
    }

    [Fact]
    public void Evaluation_comparison_and_drift_results_serialise_with_default_options()
    {
        var evaluation = Evaluator.Evaluate(TrainedModels.Logistic, TrainedModels.Split.Test);
        var comparison = ChampionChallenger.Compare(TrainedModels.Logistic, TrainedModels.Weak, TrainedModels.Split.Test);
        var drift = DriftReport.Build(TrainedModels.Split.Train, TrainedModels.Split.Test, new DriftOptions { IgnoredColumns = ["target"] });

        var copy = JsonSerializer.Deserialize<EvaluationResult>(JsonSerializer.Serialize(evaluation))!;

        Assert.Equal(evaluation.Metrics, copy.Metrics);
        Assert.Equal(evaluation.ConfusionMatrix, copy.ConfusionMatrix);
        Assert.Equal(double.PositiveInfinity, copy.RocCurve[0].Threshold);
        Assert.Contains("\"PromoteChallenger\":true", JsonSerializer.Serialize(comparison));
        Assert.Contains("\"Method\":\"KolmogorovSmirnov\"", JsonSerializer.Serialize(drift));
    }
}

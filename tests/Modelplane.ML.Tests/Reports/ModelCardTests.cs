using Modelplane.ML.Evaluation;
using Modelplane.ML.Reports;
using Modelplane.ML.Tests.Support;
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;

namespace Modelplane.ML.Tests.Reports;

public sealed class ModelCardTests
{
    [Fact]
    public void The_model_card_is_well_formed_self_contained_and_shows_every_section()
    {
        var model = TrainedModels.Logistic;
        var evaluation = Evaluator.Evaluate(model, TrainedModels.Split.Test);
        var search = new SearchResult(ClassificationMetric.Accuracy, 5,
        [
            new TrialResult(0, "logistic_regression", TrainerConfig.Of(TrainerCatalog.LbfgsLogisticRegression, ("L2Regularization", 0.5)), 0.975, 0.01, [0.97, 0.98]),
            new TrialResult(1, "fast_forest", TrainerConfig.Of(TrainerCatalog.FastForest), 0.95, 0.02, [0.94, 0.96]),
        ]);

        var html = ModelCard.Render(new ModelCardData
        {
            ModelName = "breast_cancer_classifier",
            Version = "3",
            Stage = "staging",
            Trainer = model.Trainer,
            Description = "Predicts <benign> & malignant tumours.",
            Tags = ["e2e", "batch"],
            Hyperparameters = model.Hyperparameters,
            Evaluation = evaluation,
            TrainingMetrics = Evaluator.Evaluate(model, TrainedModels.Split.Train).Metrics,
            FeatureImportance = FeatureImportance.Compute(model, TrainedModels.Split.Test, permutations: 1),
            Search = search,
            Details = new Dictionary<string, string> { ["License"] = "Apache-2.0", ["Ethics"] = "No impact." },
            Lineage = [new LineageItem("trained by run", "training #12", "completed"), new LineageItem("input", "dataset_trn v3", "sha256:abc")],
            StageHistory = [new StageChange(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), "none", "staging", "ci", "metric compare")],
        });

        var document = Html.AssertWellFormedAndSelfContained(html);
        Assert.Equal(2, document.Descendants("svg").Count()); // the ROC curve and the feature importance bars
        Assert.Contains("Predicts &lt;benign&gt; &amp; malignant tumours.", html);
        Assert.Contains(evaluation.Metrics.Accuracy.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture), html);
        Assert.Contains("dataset_trn v3", html);
        Assert.Contains("metric compare", html);
        Assert.Contains("Apache-2.0", html);
        Assert.Contains("LbfgsLogisticRegression(L2Regularization=0.5)", html);
        Assert.Contains(">best</span>", html);
        Assert.Contains($">{evaluation.ConfusionMatrix.TruePositives}</td>", html);
    }

    [Fact]
    public void A_card_without_search_lineage_or_history_says_so()
    {
        var html = ModelCard.Render(new ModelCardData
        {
            ModelName = "m",
            Version = "1",
            Trainer = TrainedModels.Forest.Trainer,
            Evaluation = Evaluator.Evaluate(TrainedModels.Forest, TrainedModels.Split.Test),
        });

        Html.AssertWellFormedAndSelfContained(html);
        Assert.Contains("No lineage recorded.", html);
        Assert.Contains("No stage changes yet.", html);
        Assert.DoesNotContain("Hyperparameter search", html);
        Assert.Contains("<td>LogLoss</td><td class=\"num\">–</td>", html);
    }
}

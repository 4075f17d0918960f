using Microsoft.ML;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Evaluation;

public sealed class EvaluatorTests
{
    [Fact]
    public void Metrics_agree_with_MLNET_evaluator_and_log_loss_uses_the_natural_log()
    {
        var model = TrainedModels.Logistic;
        var test = TrainedModels.Split.Test;

        var result = Evaluator.Evaluate(model, test);
        var reference = new MLContext().BinaryClassification.Evaluate(model.Score(test), labelColumnName: "target");

        Assert.Equal(reference.Accuracy, result.Metrics.Accuracy, 12);
        Assert.Equal(reference.AreaUnderRocCurve, result.Metrics.Auc, 9);
        Assert.Equal(reference.F1Score, result.Metrics.F1, 12);
        Assert.Equal(reference.PositivePrecision, result.Metrics.Precision, 12);
        Assert.Equal(reference.PositiveRecall, result.Metrics.Recall, 12);
        Assert.Equal(reference.LogLoss * Math.Log(2), result.Metrics.LogLoss!.Value, 6);
        Assert.True(result.Metrics.Accuracy > 0.95);
    }

    [Fact]
    public void The_confusion_matrix_counts_every_test_row_and_the_roc_curve_runs_corner_to_corner()
    {
        var result = Evaluator.Evaluate(TrainedModels.Logistic, TrainedModels.Split.Test);

        var m = result.ConfusionMatrix;
        Assert.Equal(114, m.Total);
        Assert.Equal(72, m.TruePositives + m.FalseNegatives);
        Assert.Equal((double)(m.TruePositives + m.TrueNegatives) / m.Total, result.Metrics.Accuracy, 12);
        Assert.Equal(new RocPoint(0, 0, double.PositiveInfinity), result.RocCurve[0]);
        Assert.Equal(1, result.RocCurve[^1].FalsePositiveRate);
        Assert.Equal(1, result.RocCurve[^1].TruePositiveRate);
        Assert.Equal(("1", "0"), (result.PositiveClass, result.NegativeClass));
    }

    [Fact]
    public void A_forest_without_probabilities_has_no_log_loss_and_a_gate_on_it_says_so()
    {
        var result = Evaluator.Evaluate(TrainedModels.Forest, TrainedModels.Split.Test);

        Assert.Null(result.Metrics.LogLoss);
        Assert.False(TrainedModels.Forest.IsCalibrated);
        var gate = QualityGate.Check(new Dictionary<string, ClassificationMetrics> { ["test"] = result.Metrics }, [new MetricThreshold(ClassificationMetric.LogLoss, Maximum: 0.5)]);
        Assert.Contains("not available", Assert.Single(gate.Violations).Message);
    }

    [Fact]
    public void A_failing_quality_gate_lists_every_violation()
    {
        var train = new ClassificationMetrics(0.99, 0.99, 0.99, 0.99, 0.99, 0.05, 400);
        var test = new ClassificationMetrics(0.80, 0.97, 0.85, 0.9, 0.8, 0.4, 100);
        var metrics = new Dictionary<string, ClassificationMetrics> { ["train"] = train, ["test"] = test };
        MetricThreshold[] thresholds =
        [
            new(ClassificationMetric.Accuracy, Minimum: 0.9, DataSet: "train"),
            new(ClassificationMetric.Accuracy, Minimum: 0.9, DataSet: "test"),
            new(ClassificationMetric.F1, Minimum: 0.9, DataSet: "test"),
            new(ClassificationMetric.LogLoss, Maximum: 0.3, DataSet: "test"),
        ];

        var gate = QualityGate.Check(metrics, thresholds);
        var warned = gate.Enforce(failOnViolation: false);
        var error = Assert.Throws<QualityGateException>(() => gate.Enforce(failOnViolation: true));

        Assert.Equal(3, gate.Violations.Count);
        Assert.Same(gate, warned);
        Assert.Contains("Test Accuracy 0.8 is below the minimum 0.9.", error.Message);
        Assert.Contains("Test F1 0.85 is below the minimum 0.9.", error.Message);
        Assert.Contains("Test LogLoss 0.4 is above the maximum 0.3.", error.Message);
        Assert.DoesNotContain("Train", error.Message);
    }

    [Fact]
    public void Feature_importance_names_features_and_ranks_them()
    {
        var importance = FeatureImportance.Compute(TrainedModels.Logistic, TrainedModels.Split.Test, permutations: 2);

        Assert.Equal(30, importance.Count);
        Assert.Equal(BreastCancer.Dataset.Schema.Columns.Select(c => c.Name).Order(), importance.Select(i => i.Feature).Order());
        Assert.Equal(importance.OrderByDescending(i => i.AucDecrease).Select(i => i.AucDecrease), importance.Select(i => i.AucDecrease));
    }
}

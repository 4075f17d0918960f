#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using Microsoft.ML;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Training;
using Modelplane.Metadata;
using Modelplane.Pipelines;

namespace E2eBatch.Steps.Training;

/// <summary>
/// Scores the model on the training and test rows (<c>evaluation</c>, <c>train_metrics</c>) and checks the
/// accuracy quality gates: a miss is a warning, or fails the run with --fail-on-accuracy-quality-gates.
/// </summary>
internal sealed record ModelEvaluator(
    Artifact<TrainedModel> Model,
    Artifact<IDataView> Train,
    Artifact<IDataView> Test,
    double MinTrainAccuracy,
    double MinTestAccuracy,
    bool FailOnAccuracyQualityGates) : Step<ModelEvaluator.Output>
{
    internal sealed record Output(Artifact<EvaluationResult> Evaluation, Artifact<ClassificationMetrics> TrainMetrics);

    protected override Output Run(StepContext context)
    {
        var test = Evaluator.Evaluate(Model.Value, Test.Value);
        var train = Evaluator.Evaluate(Model.Value, Train.Value).Metrics;
        context.LogModelMetadata("train_accuracy", MetadataValue.Float(train.Accuracy));
        context.LogModelMetadata("test_accuracy", MetadataValue.Float(test.Metrics.Accuracy));
        context.LogModelMetadata("test_auc", MetadataValue.Float(test.Metrics.Auc));

        var gates = QualityGate.Check(
            new Dictionary<string, ClassificationMetrics> { ["train"] = train, ["test"] = test.Metrics },
            [
                new MetricThreshold(ClassificationMetric.Accuracy, Minimum: MinTrainAccuracy, DataSet: "train"),
                new MetricThreshold(ClassificationMetric.Accuracy, Minimum: MinTestAccuracy, DataSet: "test"),
            ]);
        gates.Enforce(FailOnAccuracyQualityGates);
        foreach (var violation in gates.Violations)
        {
            Console.WriteLine($"warning: quality gate missed (not enforced): {violation.Message}");
        }

        return new Output(context.Output("evaluation", test), context.Output("train_metrics", train));
    }
}

using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Tests.Support;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tests.Evaluation;

public sealed class FeatureImportanceTests
{
    public static TheoryData<string> Models => ["logistic", "forest"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Each_decrease_is_what_MLNET_evaluator_gives_on_that_permuted_copy_of_the_rows(string name)
    {
        var model = Model(name);
        const int permutations = 2;
        var importance = FeatureImportance.Compute(model, TrainedModels.Split.Test, permutations, seed: 7).ToDictionary(i => i.Feature);

        // The reference scores each permuted copy as a separate data view and evaluates it with ML.NET, the
        // way ML.NET's own permutation feature importance does; only the shuffles are shared.
        var ml = new MLContext();
        var matrix = FeatureMatrix.Read(model.Preprocessor.Transformer.Transform(TrainedModels.Split.Test), Preprocessor.FeaturesColumn, "target");
        var shuffles = new PermutedRows(matrix, permutations, seed: 7);
        var baseline = Evaluate(ml, model, matrix, slot: -1, order: null);
        for (var slot = 0; slot < matrix.Slots; slot++)
        {
            var drops = Enumerable.Range(0, permutations)
                .Select(p => Evaluate(ml, model, matrix, slot, shuffles.Permutation(slot, p)))
                .Select(m => (Auc: baseline.AreaUnderRocCurve - m.AreaUnderRocCurve, Accuracy: baseline.Accuracy - m.Accuracy))
                .ToList();
            var computed = importance[matrix.SlotNames[slot]];
            Assert.Equal(drops.Average(d => d.Auc), computed.AucDecrease, 9);
            Assert.Equal(drops.Average(d => d.Accuracy), computed.AccuracyDecrease, 12);
            Assert.Equal(Math.Abs(drops[0].Auc - drops[1].Auc) / Math.Sqrt(2), computed.AucDecreaseStdDev, 9);
        }
    }

    [Fact]
    public void It_agrees_with_MLNET_permutation_feature_importance_on_the_important_features()
    {
        var model = TrainedModels.Forest;
        var features = model.Preprocessor.Transformer.Transform(TrainedModels.Split.Test);
        var reference = new MLContext(seed: 1)
            .BinaryClassification.PermutationFeatureImportanceNonCalibrated(model.Predictor, features, "target", permutationCount: 30)
            .ToDictionary(p => p.Key, p => -p.Value.AreaUnderRocCurve.Mean);

        var computed = FeatureImportance.Compute(model, TrainedModels.Split.Test, permutations: 30);

        // Different shuffles give different means; with 30 of them both estimate the same expectation closely.
        Assert.All(computed, c => Assert.True(Math.Abs(c.AucDecrease - reference[c.Feature]) < 0.01, $"{c.Feature}: {c.AucDecrease} vs ML.NET {reference[c.Feature]}"));
        var topFive = reference.OrderByDescending(r => r.Value).Take(5).Select(r => r.Key).ToHashSet();
        Assert.Contains(computed[0].Feature, topFive);
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_another_seed_other_shuffles()
    {
        var first = FeatureImportance.Compute(TrainedModels.Forest, TrainedModels.Split.Test, permutations: 3, seed: 11);
        var again = FeatureImportance.Compute(TrainedModels.Forest, TrainedModels.Split.Test, permutations: 3, seed: 11);
        var other = FeatureImportance.Compute(TrainedModels.Forest, TrainedModels.Split.Test, permutations: 3, seed: 12);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Fewer_than_one_permutation_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FeatureImportance.Compute(TrainedModels.Logistic, TrainedModels.Split.Test, permutations: 0));
        Assert.Equal("permutations", error.ParamName);
    }

    private static TrainedModel Model(string name) => name == "logistic" ? TrainedModels.Logistic : TrainedModels.Forest;

    private static BinaryClassificationMetrics Evaluate(MLContext ml, TrainedModel model, FeatureMatrix matrix, int slot, int[]? order)
    {
        var rows = Enumerable.Range(0, matrix.Rows).Select(r =>
        {
            var features = matrix.Values.AsSpan(r * matrix.Slots, matrix.Slots).ToArray();
            if (order is not null)
            {
                features[slot] = matrix.Values[order[r] * matrix.Slots + slot];
            }

            return new LabelledRow { Features = features, Label = matrix.Labels[r] };
        }).ToList();
        var definition = SchemaDefinition.Create(typeof(LabelledRow));
        definition[nameof(LabelledRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, matrix.Slots);
        return ml.BinaryClassification.EvaluateNonCalibrated(model.Predictor.Transform(ml.Data.LoadFromEnumerable(rows, definition)));
    }

    private sealed class LabelledRow
    {
        public float[] Features = [];

        public bool Label;
    }
}

using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Splitting;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Splitting;

public sealed class StratifiedSplitTests
{
    [Fact]
    public void The_split_keeps_the_class_balance_and_partitions_the_rows()
    {
        var data = BreastCancer.Dataset.Data;

        var split = StratifiedSplit.Split(data, "target", testFraction: 0.2, seed: 7);

        var train = split.Train.GetColumn<bool>("target").ToArray();
        var test = split.Test.GetColumn<bool>("target").ToArray();
        Assert.Equal(114, test.Length); // ceil(0.2 * 569), as scikit-learn
        Assert.Equal(455, train.Length);
        Assert.Equal(357.0 / 569, test.Count(t => t) / (double)test.Length, 2);
        Assert.Equal(357, train.Count(t => t) + test.Count(t => t));
        var areas = split.Train.GetColumn<float>("mean_area").Concat(split.Test.GetColumn<float>("mean_area")).Order();
        Assert.Equal(data.GetColumn<float>("mean_area").Order(), areas);
    }

    [Fact]
    public void The_same_seed_gives_the_same_split_and_another_seed_another()
    {
        var data = BreastCancer.Dataset.Data;

        var a = StratifiedSplit.Split(data, "target", seed: 1).Test.GetColumn<float>("mean_area").ToArray();
        var b = StratifiedSplit.Split(data, "target", seed: 1).Test.GetColumn<float>("mean_area").ToArray();
        var c = StratifiedSplit.Split(data, "target", seed: 2).Test.GetColumn<float>("mean_area").ToArray();

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Folds_hold_each_row_once_and_each_class_evenly()
    {
        var data = BreastCancer.Dataset.Data;

        var folds = StratifiedKFold.Split(data, "target", folds: 10, seed: 3);

        var testSizes = folds.Select(f => f.Test.GetColumn<bool>("target").ToArray()).ToList();
        Assert.Equal(569, testSizes.Sum(t => t.Length));
        Assert.All(testSizes, t => Assert.InRange(t.Count(x => x), 35, 36));
        Assert.All(testSizes, t => Assert.InRange(t.Count(x => !x), 21, 22));
        Assert.All(folds, f => Assert.Equal(569, f.Train.GetColumn<bool>("target").Count() + f.Test.GetColumn<bool>("target").Count()));
    }

    [Fact]
    public void More_folds_than_rows_of_the_smaller_class_is_an_error()
    {
        var data = BreastCancer.Dataset.Data;

        var error = Assert.Throws<Modelplane.ML.Data.DataValidationException>(() => StratifiedKFold.Split(data, "target", folds: 300));

        Assert.Contains("212", error.Message);
    }
}

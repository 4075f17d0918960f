using System.Text.Json;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Tests.Support;
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Modelplane.ML.Tests.Tuning;

public sealed class HyperparameterSearchTests
{
    private const string SearchSpaceYaml = """
        logistic_regression:
          trainer: LbfgsLogisticRegression
          search_grid:
            L1Regularization: {min: 0.0001, max: 10, log: true}
            L2Regularization: {min: 0.0001, max: 10, log: true}
        fast_forest:
          trainer: FastForest
          search_grid:
            NumberOfTrees: {min: 10, max: 40, integer: true}
            NumberOfLeaves: {values: [4, 8, 16]}
            FeatureFraction: {min: 0.5, max: 1}
        lightgbm:
          trainer: LightGbm
          parameters:
            NumberOfIterations: 30
          search_grid:
            NumberOfLeaves: {min: 4, max: 32, log: true, integer: true}
            LearningRate: {min: 0.05, max: 0.3, log: true}
            Booster.L2Regularization: {min: 0.001, max: 10, log: true}
        fast_tree:
          trainer: FastTree
          search_grid:
            NumberOfTrees: {values: [20, 40]}
            MinimumExampleCountPerLeaf: {min: 2, max: 20, integer: true}
        """;

    private static readonly SearchOptions Options = new()
    {
        TrialsPerCandidate = 2,
        Folds = 3,
        Seed = 11,
        Preprocessing = new PreprocessingOptions { Normalization = Normalization.MeanVariance },
    };

    private static Dictionary<string, TrainerSearchSpace> ReadSpace() => new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build()
        .Deserialize<Dictionary<string, TrainerSearchSpace>>(SearchSpaceYaml);

    [Fact]
    public void The_search_is_reproducible_with_a_seed_and_its_best_is_the_arg_max_of_the_trials()
    {
        var data = BreastCancer.Dataset;
        var space = ReadSpace();

        var first = HyperparameterSearch.Run(data.Data, data.Schema, space, Options);
        var second = HyperparameterSearch.Run(data.Data, data.Schema, space, Options with { MaxParallelism = 1 });

        Assert.Equal(8, first.Trials.Count);
        Assert.All(first.Trials, t => Assert.True(t.Succeeded, t.Error));
        Assert.Equal(Table(first), Table(second));
        Assert.Equal(first.Best.Index, second.Best.Index);

        var max = first.Trials.Max(t => t.Mean);
        Assert.Equal(max, first.Best.Mean);
        Assert.Equal(first.Trials.First(t => t.Mean == max).Index, first.Best.Index);
        Assert.True(first.Best.Mean > 0.93, $"best mean accuracy {first.Best.Mean}");
        Assert.Equal(["logistic_regression", "logistic_regression", "fast_forest", "fast_forest", "lightgbm", "lightgbm", "fast_tree", "fast_tree"], first.Trials.Select(t => t.Candidate));
        Assert.All(first.Trials.Where(t => t.Candidate == "lightgbm"), t => Assert.Equal("30", t.Config.Parameters["NumberOfIterations"]));
    }

    [Fact]
    public void Sampled_values_respect_their_ranges()
    {
        var space = ReadSpace();

        var trials = ParameterSampler.Sample("fast_forest", space["fast_forest"], 200, seed: 5);

        Assert.All(trials, t => Assert.InRange(int.Parse(t.Parameters["NumberOfTrees"]), 10, 40));
        Assert.All(trials, t => Assert.Contains(t.Parameters["NumberOfLeaves"], new[] { "4", "8", "16" }));
        Assert.All(trials, t => Assert.InRange(double.Parse(t.Parameters["FeatureFraction"], System.Globalization.CultureInfo.InvariantCulture), 0.5, 1));
        Assert.Contains(trials, t => t.Parameters["NumberOfTrees"] == "10");
        Assert.Contains(trials, t => t.Parameters["NumberOfTrees"] == "40");
    }

    [Fact]
    public void Ties_go_to_the_lower_trial_index()
    {
        var config = TrainerConfig.Of(TrainerCatalog.FastTree);
        var result = new SearchResult(ClassificationMetric.Accuracy, 3,
        [
            new TrialResult(0, "a", config, 0.90, 0, []),
            new TrialResult(1, "b", config, 0.95, 0, []),
            new TrialResult(2, "c", config, 0.95, 0, []),
            new TrialResult(3, "d", config, double.NaN, double.NaN, [], "failed"),
        ]);

        Assert.Equal(1, result.Best.Index);
    }

    [Fact]
    public void Search_spaces_deserialise_from_json_with_numbers_as_choices()
    {
        const string json = """{"trainer": "LightGbm", "parameters": {"NumberOfIterations": 50}, "searchGrid": {"NumberOfLeaves": {"values": [4, 8]}, "LearningRate": {"min": 0.01, "max": 0.3, "log": true}}}""";

        var space = JsonSerializer.Deserialize<TrainerSearchSpace>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.Equal("50", space.Parameters["NumberOfIterations"]);
        Assert.Equal(["4", "8"], space.SearchGrid["NumberOfLeaves"].Values);
        Assert.True(space.SearchGrid["LearningRate"].Log);
    }

    [Fact]
    public void An_unknown_parameter_fails_before_training_and_lists_the_valid_ones()
    {
        var data = BreastCancer.Dataset;
        var space = new Dictionary<string, TrainerSearchSpace>
        {
            ["trees"] = new() { Trainer = "FastTree", SearchGrid = { ["Depth"] = ParameterRange.Integers(1, 5) } },
        };

        var error = Assert.Throws<ArgumentException>(() => HyperparameterSearch.Run(data.Data, data.Schema, space, Options));

        Assert.Contains("no parameter 'Depth'", error.Message);
        Assert.Contains("NumberOfLeaves", error.Message);
    }

    [Fact]
    public void An_unknown_trainer_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainerCatalog.Canonical("RandomForest"));

        Assert.Contains("FastForest", error.Message);
    }

    private static List<string> Table(SearchResult result) =>
        result.Trials.Select(t => $"{t.Index} {t.Candidate} {t.Config} {t.Mean:R} {t.StdDev:R} {string.Join(";", t.FoldScores)}").ToList();
}

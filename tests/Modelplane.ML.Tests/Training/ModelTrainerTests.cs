using Modelplane.ML.Tests.Support;
using Modelplane.ML.Training;
using Modelplane.ML.Tuning;

namespace Modelplane.ML.Tests.Training;

public sealed class ModelTrainerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(TrainerCatalog.LightGbm)]
    [InlineData(TrainerCatalog.FastTree)]
    [InlineData(TrainerCatalog.FastForest)]
    [InlineData(TrainerCatalog.SdcaLogisticRegression)]
    public void The_same_data_config_and_seed_give_the_same_model_bytes(string trainer)
    {
        var config = TrainerConfig.Of(trainer);
        var preprocessor = TrainedModels.Logistic.Preprocessor;

        ModelTrainer.Train(TrainedModels.Split.Train, preprocessor, config, seed: 7).Save(_temp.File("a.zip"));
        ModelTrainer.Train(TrainedModels.Split.Train, preprocessor, config, seed: 7).Save(_temp.File("b.zip"));

        Assert.Equal(File.ReadAllBytes(_temp.File("a.zip")), File.ReadAllBytes(_temp.File("b.zip")));
    }

    [Fact]
    public void Fixed_parameters_reach_the_trainer_and_bad_values_are_explained()
    {
        var model = ModelTrainer.Train(TrainedModels.Split.Train, TrainedModels.Logistic.Preprocessor,
            TrainerConfig.Of(TrainerCatalog.FastForest, ("NumberOfTrees", 3), ("NumberOfLeaves", 2)));

        var error = Assert.Throws<ArgumentException>(() => ModelTrainer.Train(TrainedModels.Split.Train, TrainedModels.Logistic.Preprocessor,
            TrainerConfig.Of(TrainerCatalog.FastForest, ("NumberOfTrees", 2.5))));

        Assert.Equal(new Dictionary<string, string> { ["NumberOfTrees"] = "3", ["NumberOfLeaves"] = "2" }, model.Hyperparameters);
        Assert.Contains("'NumberOfTrees'", error.Message);
        Assert.Contains("Int32", error.Message);
    }

    [Theory]
    [InlineData(0.0, 1.0, true, false, "log-scale range needs a positive min")]
    [InlineData(5.0, 1.0, false, false, "greater than max")]
    [InlineData(1.5, 4.0, false, true, "whole-number ends")]
    public void Invalid_ranges_name_the_candidate_and_parameter(double min, double max, bool log, bool integer, string expected)
    {
        var space = new TrainerSearchSpace
        {
            Trainer = TrainerCatalog.FastTree,
            SearchGrid = { ["LearningRate"] = new ParameterRange { Min = min, Max = max, Log = log, Integer = integer } },
        };

        var error = Assert.Throws<ArgumentException>(() => ParameterSampler.Sample("trees", space, 1, seed: 1));

        Assert.Contains("Search space 'trees', parameter 'LearningRate'", error.Message);
        Assert.Contains(expected, error.Message);
    }
}

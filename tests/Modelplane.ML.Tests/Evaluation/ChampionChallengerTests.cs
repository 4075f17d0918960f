using Modelplane.ML.Evaluation;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Evaluation;

public sealed class ChampionChallengerTests
{
    [Fact]
    public void Without_a_champion_the_challenger_wins()
    {
        var result = ChampionChallenger.Compare(TrainedModels.Weak, null, TrainedModels.Split.Test);

        Assert.True(result.PromoteChallenger);
        Assert.Null(result.McNemar);
        Assert.Contains("No champion", result.Summary);
    }

    [Fact]
    public void A_tie_promotes_the_challenger_and_identical_models_differ_on_no_row()
    {
        var result = ChampionChallenger.Compare(TrainedModels.Logistic, TrainedModels.Logistic, TrainedModels.Split.Test);

        Assert.True(result.PromoteChallenger);
        Assert.Equal(result.ChampionScore, result.ChallengerScore);
        Assert.Equal(new McNemarResult(0, 0, 1, 0, 1), result.McNemar);
    }

    [Fact]
    public void Deciding_from_evaluator_metrics_gives_what_scoring_both_models_gives()
    {
        var data = TrainedModels.Split.Test;
        var metrics = Evaluator.Evaluate(TrainedModels.Logistic, data).Metrics;
        var loaded = Reload(TrainedModels.Logistic);

        Assert.Equal(ChampionChallenger.Compare(TrainedModels.Logistic, null, data), ChampionChallenger.Unopposed(metrics, TrainedModels.Logistic.Trainer));
        Assert.Equal(ChampionChallenger.Compare(TrainedModels.Logistic, loaded, data), ChampionChallenger.AgainstItself(metrics, TrainedModels.Logistic.Trainer));
    }

    [Fact]
    public void An_uncalibrated_model_cannot_be_decided_on_a_probability_metric_without_scoring_either()
    {
        var metrics = new ClassificationMetrics(Accuracy: 0.9, Auc: 0.95, F1: 0.9, Precision: 0.9, Recall: 0.9, LogLoss: null, Rows: 100);

        var error = Assert.Throws<ArgumentException>(() => ChampionChallenger.AgainstItself(metrics, "FastForest", ClassificationMetric.LogLoss));

        Assert.Contains("FastForest", error.Message);
    }

    [Fact]
    public void The_better_model_wins_either_way_round_and_the_difference_is_significant()
    {
        var data = TrainedModels.Split.Test;

        var strongChallenges = ChampionChallenger.Compare(TrainedModels.Logistic, TrainedModels.Weak, data);
        var weakChallenges = ChampionChallenger.Compare(TrainedModels.Weak, TrainedModels.Logistic, data);

        Assert.True(strongChallenges.PromoteChallenger);
        Assert.False(weakChallenges.PromoteChallenger);
        Assert.Contains("the champion stays", weakChallenges.Summary);
        var m = strongChallenges.McNemar!;
        Assert.True(m.IsSignificant());
        Assert.Equal(m.ChallengerOnlyCorrect, weakChallenges.McNemar!.ChampionOnlyCorrect);
        var correctDifference = (strongChallenges.ChallengerScore - strongChallenges.ChampionScore) * 114;
        Assert.Equal(m.ChallengerOnlyCorrect - m.ChampionOnlyCorrect, Math.Round(correctDifference!.Value));
    }

    [Fact]
    public void Lower_log_loss_wins_when_log_loss_decides()
    {
        var result = ChampionChallenger.Compare(TrainedModels.Weak, TrainedModels.Logistic, TrainedModels.Split.Test, ClassificationMetric.LogLoss);

        Assert.False(result.PromoteChallenger);
        Assert.True(result.ChallengerScore > result.ChampionScore);
    }

    private static Modelplane.ML.Training.TrainedModel Reload(Modelplane.ML.Training.TrainedModel model)
    {
        var path = Path.Combine(Path.GetTempPath(), $"champion-{Guid.NewGuid():N}.zip");
        try
        {
            model.Save(path);
            return Modelplane.ML.Training.TrainedModel.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

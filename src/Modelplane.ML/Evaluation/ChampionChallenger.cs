using System.Globalization;
using Microsoft.ML;
using Modelplane.ML.Training;

namespace Modelplane.ML.Evaluation;

/// <summary>Decides whether a newly trained model (the challenger) should replace the one in a stage (the champion).</summary>
public static class ChampionChallenger
{
    /// <summary>
    /// Scores both models on the same labelled rows (each with its own preprocessing) and compares
    /// them on <paramref name="metric"/>. Rule: no champion → the challenger wins; otherwise the
    /// challenger is promoted when its metric is at least the champion's (a tie promotes, as in
    /// ZenML's template). McNemar's test says whether the two models' errors really differ.
    /// </summary>
    /// <param name="challenger">The newly trained model.</param>
    /// <param name="champion">The model currently in the target stage, or null when the stage is empty.</param>
    /// <param name="data">Labelled raw rows, usually this run's test split.</param>
    /// <param name="metric">The deciding metric; accuracy by default.</param>
    public static ComparisonResult Compare(TrainedModel challenger, TrainedModel? champion, IDataView data, ClassificationMetric metric = ClassificationMetric.Accuracy)
    {
        ArgumentNullException.ThrowIfNull(challenger);
        ArgumentNullException.ThrowIfNull(data);
        var challengerPredictions = Predictions.Of(challenger, data);
        var challengerMetrics = MetricCalculator.Metrics(challengerPredictions);
        var challengerScore = challengerMetrics.Get(metric)
            ?? throw new ArgumentException($"The challenger ({challenger.Trainer}) cannot be compared on {metric}: it has no calibrated probability. Compare on another metric.", nameof(metric));

        if (champion is null)
        {
            return new ComparisonResult(metric, challengerMetrics, null, true, null,
                $"No champion yet: the challenger ({metric} {Format(challengerScore)}) is promoted.");
        }

        var championPredictions = Predictions.Of(champion, data);
        var championMetrics = MetricCalculator.Metrics(championPredictions);
        var championScore = championMetrics.Get(metric)
            ?? throw new ArgumentException($"The champion ({champion.Trainer}) cannot be compared on {metric}: it has no calibrated probability. Compare on another metric.", nameof(metric));

        var promote = ClassificationMetrics.HigherIsBetter(metric) ? challengerScore >= championScore : challengerScore <= championScore;
        var mcNemar = McNemarTest.Compute(challengerPredictions.Labels, challengerPredictions.Predicted, championPredictions.Predicted);
        var verdict = promote ? "the challenger is promoted" : "the champion stays";
        var significance = mcNemar.IsSignificant()
            ? $"the models' errors differ significantly (McNemar exact p = {Format(mcNemar.ExactPValue)}, b = {mcNemar.ChallengerOnlyCorrect}, c = {mcNemar.ChampionOnlyCorrect})"
            : $"the difference is not significant (McNemar exact p = {Format(mcNemar.ExactPValue)}, b = {mcNemar.ChallengerOnlyCorrect}, c = {mcNemar.ChampionOnlyCorrect})";
        return new ComparisonResult(metric, challengerMetrics, championMetrics, promote, mcNemar,
            $"Challenger {metric} {Format(challengerScore)} vs champion {Format(championScore)}: {verdict}; {significance}.");
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

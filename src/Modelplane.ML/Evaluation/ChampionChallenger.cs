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
        if (champion is null)
        {
            return Unopposed(challengerMetrics, challenger.Trainer, metric);
        }

        if (ReferenceEquals(champion, challenger))
        {
            return AgainstItself(challengerMetrics, challenger.Trainer, metric);
        }

        var championPredictions = Predictions.Of(champion, data);
        var mcNemar = McNemarTest.Compute(challengerPredictions.Labels, challengerPredictions.Predicted, championPredictions.Predicted);
        return Decide(metric, challengerMetrics, challenger.Trainer, MetricCalculator.Metrics(championPredictions), champion.Trainer, mcNemar);
    }

    /// <summary>
    /// The decision when no model holds the stage: the challenger is promoted. Takes the challenger's
    /// metrics on the comparison rows (for example from <see cref="Evaluator"/>), so nothing is scored again.
    /// </summary>
    /// <param name="challenger">The challenger's metrics on the comparison rows.</param>
    /// <param name="trainer">The challenger's trainer, named in errors.</param>
    /// <param name="metric">The deciding metric; accuracy by default.</param>
    public static ComparisonResult Unopposed(ClassificationMetrics challenger, string trainer, ClassificationMetric metric = ClassificationMetric.Accuracy)
    {
        ArgumentNullException.ThrowIfNull(challenger);
        var score = Score(challenger, trainer, "challenger", metric);
        return new ComparisonResult(metric, challenger, null, true, null,
            $"No champion yet: the challenger ({metric} {Format(score)}) is promoted.");
    }

    /// <summary>
    /// The decision when the stage holder is the very same model (the same stored content, as after a
    /// cached re-run): equal metrics, no disagreements, and the tie promotes. Nothing is scored again.
    /// </summary>
    /// <param name="metrics">The model's metrics on the comparison rows.</param>
    /// <param name="trainer">The model's trainer, named in errors.</param>
    /// <param name="metric">The deciding metric; accuracy by default.</param>
    public static ComparisonResult AgainstItself(ClassificationMetrics metrics, string trainer, ClassificationMetric metric = ClassificationMetric.Accuracy) =>
        Decide(metric, metrics, trainer, metrics, trainer, McNemarTest.Compute(0, 0));

    private static ComparisonResult Decide(
        ClassificationMetric metric, ClassificationMetrics challenger, string challengerTrainer, ClassificationMetrics champion, string championTrainer, McNemarResult mcNemar)
    {
        var challengerScore = Score(challenger, challengerTrainer, "challenger", metric);
        var championScore = Score(champion, championTrainer, "champion", metric);
        var promote = ClassificationMetrics.HigherIsBetter(metric) ? challengerScore >= championScore : challengerScore <= championScore;
        var verdict = promote ? "the challenger is promoted" : "the champion stays";
        var significance = mcNemar.IsSignificant()
            ? $"the models' errors differ significantly (McNemar exact p = {Format(mcNemar.ExactPValue)}, b = {mcNemar.ChallengerOnlyCorrect}, c = {mcNemar.ChampionOnlyCorrect})"
            : $"the difference is not significant (McNemar exact p = {Format(mcNemar.ExactPValue)}, b = {mcNemar.ChallengerOnlyCorrect}, c = {mcNemar.ChampionOnlyCorrect})";
        return new ComparisonResult(metric, challenger, champion, promote, mcNemar,
            $"Challenger {metric} {Format(challengerScore)} vs champion {Format(championScore)}: {verdict}; {significance}.");
    }

    private static double Score(ClassificationMetrics metrics, string trainer, string role, ClassificationMetric metric) =>
        metrics.Get(metric)
        ?? throw new ArgumentException($"The {role} ({trainer}) cannot be compared on {metric}: it has no calibrated probability. Compare on another metric.", nameof(metric));

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

namespace Modelplane.ML.Evaluation;

/// <summary>A challenger model measured against the current champion on the same rows.</summary>
/// <param name="Metric">The metric that decides.</param>
/// <param name="Challenger">The challenger's metrics.</param>
/// <param name="Champion">The champion's metrics, or null when there is no champion.</param>
/// <param name="PromoteChallenger">Whether the challenger should be promoted: there is no champion, or its metric is at least as good (a tie promotes).</param>
/// <param name="McNemar">McNemar's test on the two models' errors, or null without a champion.</param>
/// <param name="Summary">One sentence for logs and alerts.</param>
public sealed record ComparisonResult(
    ClassificationMetric Metric,
    ClassificationMetrics Challenger,
    ClassificationMetrics? Champion,
    bool PromoteChallenger,
    McNemarResult? McNemar,
    string Summary)
{
    /// <summary>The challenger's value of the deciding metric.</summary>
    public double? ChallengerScore => Challenger.Get(Metric);

    /// <summary>The champion's value of the deciding metric, or null.</summary>
    public double? ChampionScore => Champion?.Get(Metric);
}

namespace Modelplane.ML.Evaluation;

/// <summary>
/// McNemar's test of two classifiers on the same rows: do they make different errors more often
/// than chance would? Only the rows where exactly one of them is right count.
/// </summary>
/// <param name="ChallengerOnlyCorrect">b: rows the challenger gets right and the champion wrong.</param>
/// <param name="ChampionOnlyCorrect">c: rows the champion gets right and the challenger wrong.</param>
/// <param name="ExactPValue">Two-sided exact binomial p-value, min(1, 2·P(X ≤ min(b, c))) with X ~ Bin(b + c, ½); 1 when b + c = 0.</param>
/// <param name="ChiSquare">The continuity-corrected statistic (|b − c| − 1)² / (b + c); 0 when b + c = 0.</param>
/// <param name="ChiSquarePValue">Its p-value under χ² with one degree of freedom.</param>
public sealed record McNemarResult(long ChallengerOnlyCorrect, long ChampionOnlyCorrect, double ExactPValue, double ChiSquare, double ChiSquarePValue)
{
    /// <summary>Whether the difference is significant at <paramref name="alpha"/> by the exact test.</summary>
    public bool IsSignificant(double alpha = 0.05) => ExactPValue < alpha;
}

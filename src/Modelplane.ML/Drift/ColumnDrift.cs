namespace Modelplane.ML.Drift;

/// <summary>One column of a drift report: its summaries, the test chosen for it and the verdict.</summary>
/// <param name="Column">The column name.</param>
/// <param name="Kind">"numeric" or "categorical".</param>
/// <param name="Method">The drift test.</param>
/// <param name="Score">The p-value (KS, chi-square, Z) or distance (Wasserstein, Jensen-Shannon, PSI); null when it could not be computed.</param>
/// <param name="Threshold">The threshold the score is compared with.</param>
/// <param name="Drifted">Whether the column drifted.</param>
/// <param name="Reference">Statistics of the reference data.</param>
/// <param name="Current">Statistics of the current data.</param>
/// <param name="Chart">The distributions to draw.</param>
/// <param name="Note">Why the test could not run, when it could not.</param>
public sealed record ColumnDrift(
    string Column,
    string Kind,
    DriftMethod Method,
    double? Score,
    double Threshold,
    bool Drifted,
    ColumnSummary Reference,
    ColumnSummary Current,
    DistributionChart Chart,
    string? Note = null)
{
    /// <summary>Whether the score is a p-value (drift when small) rather than a distance (drift when large).</summary>
    public bool ScoreIsPValue => Method is DriftMethod.KolmogorovSmirnov or DriftMethod.ChiSquare or DriftMethod.ZTest;
}

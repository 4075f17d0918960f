namespace Modelplane.ML.Evaluation;

/// <summary>Counts of predictions against true labels; "positive" is the label's positive class.</summary>
/// <param name="TruePositives">Positives predicted positive.</param>
/// <param name="FalsePositives">Negatives predicted positive.</param>
/// <param name="TrueNegatives">Negatives predicted negative.</param>
/// <param name="FalseNegatives">Positives predicted negative.</param>
public sealed record ConfusionMatrix(long TruePositives, long FalsePositives, long TrueNegatives, long FalseNegatives)
{
    /// <summary>All rows counted.</summary>
    public long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;
}

namespace Modelplane.ML.Drift;

/// <summary>Reference and current shares per bin or category, for the report's charts.</summary>
/// <param name="Labels">Bin ranges or category names.</param>
/// <param name="Reference">Share of reference rows per label.</param>
/// <param name="Current">Share of current rows per label.</param>
public sealed record DistributionChart(IReadOnlyList<string> Labels, IReadOnlyList<double> Reference, IReadOnlyList<double> Current);

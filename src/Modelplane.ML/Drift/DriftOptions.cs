namespace Modelplane.ML.Drift;

/// <summary>What a drift report compares and how; the defaults are Evidently's.</summary>
public sealed record DriftOptions
{
    /// <summary>Columns left out (usually the label, as ZenML's template ignores <c>target</c>).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>One test for every column instead of Evidently's choice by size and type (for example <see cref="DriftMethod.Psi"/>).</summary>
    public DriftMethod? Method { get; init; }

    /// <summary>Tests for particular columns, taking precedence over <see cref="Method"/>.</summary>
    public IReadOnlyDictionary<string, DriftMethod> ColumnMethods { get; init; } = new Dictionary<string, DriftMethod>();

    /// <summary>A threshold for every test instead of each test's default (0.05 for p-values, 0.1 for distances).</summary>
    public double? Threshold { get; init; }

    /// <summary>The data set drifts when at least this share of columns drift.</summary>
    public double DriftShare { get; init; } = 0.5;

    /// <summary>The largest relative change of the missing-value share allowed (ZenML's <c>na_drift_tolerance</c>).</summary>
    public double MissingValueTolerance { get; init; } = 0.1;

    /// <summary>
    /// When the reference has no missing values a relative change is undefined (ZenML then never
    /// fails); instead the current share of missing cells may be at most this much.
    /// </summary>
    public double MissingValueToleranceWhenReferenceHasNone { get; init; } = 0.01;
}

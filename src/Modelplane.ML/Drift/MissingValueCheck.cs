namespace Modelplane.ML.Drift;

/// <summary>
/// ZenML's missing-value gate: the share of missing cells in the current data compared with the
/// reference. Shares rather than counts, so data sets of different sizes compare fairly.
/// </summary>
/// <param name="ReferenceMissing">Missing cells in the reference data (checked columns only).</param>
/// <param name="CurrentMissing">Missing cells in the current data.</param>
/// <param name="ReferenceShare">Missing cells over all checked cells of the reference.</param>
/// <param name="CurrentShare">The same for the current data.</param>
/// <param name="RelativeChange">|current share − reference share| / reference share; null when the reference has no missing cells.</param>
/// <param name="Tolerance">The largest relative change allowed.</param>
/// <param name="ToleranceWhenReferenceHasNone">The largest current share allowed when the reference has no missing cells.</param>
/// <param name="Passed">Whether the gate passes.</param>
/// <param name="Message">One sentence for logs and errors.</param>
public sealed record MissingValueCheck(
    long ReferenceMissing,
    long CurrentMissing,
    double ReferenceShare,
    double CurrentShare,
    double? RelativeChange,
    double Tolerance,
    double ToleranceWhenReferenceHasNone,
    bool Passed,
    string Message);

namespace Modelplane.ML.Reports;

/// <summary>One stage move of a model version, as recorded in the control plane's history.</summary>
/// <param name="When">When it happened.</param>
/// <param name="From">The stage before (for example "none" or "staging").</param>
/// <param name="To">The stage after.</param>
/// <param name="Actor">Who moved it.</param>
/// <param name="Reason">Why, if given.</param>
public sealed record StageChange(DateTimeOffset When, string From, string To, string Actor = "", string Reason = "");

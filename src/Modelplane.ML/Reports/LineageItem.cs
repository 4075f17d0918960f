namespace Modelplane.ML.Reports;

/// <summary>One line of a model card's lineage section, filled in by the caller from the control plane.</summary>
/// <param name="Relation">How it relates to the model version, for example "trained by run", "input", "output".</param>
/// <param name="Name">What it is, for example "training #12" or "dataset_trn v3".</param>
/// <param name="Detail">Anything else worth showing: a status, a hash, a time.</param>
public sealed record LineageItem(string Relation, string Name, string Detail = "");

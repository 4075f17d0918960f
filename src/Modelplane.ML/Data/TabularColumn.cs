namespace Modelplane.ML.Data;

/// <summary>A feature column of a tabular data set.</summary>
/// <param name="Name">The column name, as in the CSV header.</param>
/// <param name="Kind">Whether the column holds numbers or text.</param>
public sealed record TabularColumn(string Name, ColumnKind Kind);

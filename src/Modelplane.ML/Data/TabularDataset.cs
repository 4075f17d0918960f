using Microsoft.ML;

namespace Modelplane.ML.Data;

/// <summary>A loaded tabular data set: the ML.NET data view and the schema it was read with.</summary>
/// <param name="Data">The rows: numeric columns as <see cref="float"/>, text as text, the label as <see cref="bool"/>.</param>
/// <param name="Schema">The columns, label and CSV format.</param>
/// <param name="RowCount">The number of data rows.</param>
/// <param name="SourcePath">The file the rows came from.</param>
public sealed record TabularDataset(IDataView Data, TabularSchema Schema, long RowCount, string SourcePath);

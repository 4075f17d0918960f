namespace Modelplane.ML.Data;

/// <summary>How a feature column is read and encoded.</summary>
public enum ColumnKind
{
    /// <summary>Invariant-culture numbers, held as <see cref="float"/>; missing values become NaN.</summary>
    Numeric,

    /// <summary>Text categories, one-hot encoded; missing values become the empty string.</summary>
    Text,
}

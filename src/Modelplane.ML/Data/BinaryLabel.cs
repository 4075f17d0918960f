namespace Modelplane.ML.Data;

/// <summary>
/// The label column of a binary classification data set. In the data view it is a
/// <see cref="bool"/> column of the same name: <c>true</c> where the CSV holds <see cref="PositiveClass"/>.
/// </summary>
/// <param name="Name">The label column name.</param>
/// <param name="PositiveClass">The CSV value read as <c>true</c> (for example <c>1</c>, <c>true</c> or <c>M</c>).</param>
/// <param name="NegativeClass">The CSV value read as <c>false</c>.</param>
public sealed record BinaryLabel(string Name, string PositiveClass, string NegativeClass)
{
    /// <summary>The CSV value for a boolean label value.</summary>
    public string ClassOf(bool value) => value ? PositiveClass : NegativeClass;
}

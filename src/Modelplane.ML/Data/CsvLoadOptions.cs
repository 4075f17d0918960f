namespace Modelplane.ML.Data;

/// <summary>How to read a CSV file whose schema is inferred (training data).</summary>
public sealed record CsvLoadOptions
{
    /// <summary>The label column; null loads data without a label.</summary>
    public string? Label { get; init; }

    /// <summary>
    /// The label value read as <c>true</c>. When null: the larger of two numbers, <c>true</c> of
    /// true/false, otherwise the value that sorts last (ordinal), so <c>no/yes</c> gives <c>yes</c>
    /// and <c>B/M</c> gives <c>M</c>. Set it whenever that rule is not what you mean.
    /// </summary>
    public string? PositiveClass { get; init; }

    /// <summary>Columns that must be numeric; a value that is not a number is an error naming row and column.</summary>
    public IReadOnlyList<string> NumericColumns { get; init; } = [];

    /// <summary>Columns read as text even when all their values are numbers (codes, zip codes).</summary>
    public IReadOnlyList<string> TextColumns { get; init; } = [];

    /// <summary>Columns not loaded at all (identifiers, free text, leaks of the label).</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>The field separator.</summary>
    public char Separator { get; init; } = ',';

    /// <summary>Cell values read as missing (case-insensitive, after trimming).</summary>
    public IReadOnlyList<string> MissingValues { get; init; } = TabularSchema.DefaultMissingValues;
}

namespace Modelplane.ML.Preprocessing;

/// <summary>What <see cref="Preprocessor.Fit"/> does, in the order it does it.</summary>
public sealed record PreprocessingOptions
{
    /// <summary>Feature columns left out of the model.</summary>
    public IReadOnlyList<string> DropColumns { get; init; } = [];

    /// <summary>Impute missing values (default) or drop rows that have them.</summary>
    public MissingValuePolicy MissingValues { get; init; } = MissingValuePolicy.Impute;

    /// <summary>How numeric columns are scaled; min-max by default.</summary>
    public Normalization Normalization { get; init; } = Normalization.MinMax;
}

namespace Modelplane.ML.Inference;

/// <summary>How batch predictions are written.</summary>
public sealed record BatchPredictionOptions
{
    /// <summary>A column of the input copied to <c>row_id</c>; null numbers the data rows from 1.</summary>
    public string? IdColumn { get; init; }

    /// <summary>The output field separator.</summary>
    public char Separator { get; init; } = ',';
}

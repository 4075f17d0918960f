namespace Modelplane.ML.Inference;

/// <summary>What a batch prediction run wrote.</summary>
/// <param name="OutputPath">The predictions file.</param>
/// <param name="Rows">Rows scored (one output row per input row).</param>
/// <param name="PredictedPositive">Rows predicted as the positive class.</param>
/// <param name="PositiveClass">The positive class label written for them.</param>
public sealed record BatchPredictionSummary(string OutputPath, long Rows, long PredictedPositive, string PositiveClass);

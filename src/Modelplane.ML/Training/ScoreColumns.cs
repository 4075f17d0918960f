namespace Modelplane.ML.Training;

/// <summary>The names of the columns ML.NET binary classifiers add.</summary>
internal static class ScoreColumns
{
    public const string Score = "Score";
    public const string Probability = "Probability";
    public const string PredictedLabel = "PredictedLabel";
}

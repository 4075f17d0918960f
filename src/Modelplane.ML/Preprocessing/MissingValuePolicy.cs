namespace Modelplane.ML.Preprocessing;

/// <summary>What preprocessing does with missing values (NaN numbers, empty text).</summary>
public enum MissingValuePolicy
{
    /// <summary>Fill them: the training mean for numbers, the most frequent training value for text.</summary>
    Impute,

    /// <summary>
    /// Drop rows that have any missing feature value from the data sets the preprocessor transforms
    /// (training and test). Scoring never drops rows: the model still imputes, so every input row gets a prediction.
    /// </summary>
    Drop,
}

namespace Modelplane.ML.Preprocessing;

/// <summary>How numeric features are scaled (one-hot columns stay 0/1).</summary>
public enum Normalization
{
    /// <summary>No scaling; fine for tree ensembles.</summary>
    None,

    /// <summary>(x − min) / (max − min) over the training data, like scikit-learn's MinMaxScaler.</summary>
    MinMax,

    /// <summary>(x − mean) / standard deviation over the training data, like scikit-learn's StandardScaler.</summary>
    MeanVariance,
}

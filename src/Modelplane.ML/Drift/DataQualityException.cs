namespace Modelplane.ML.Drift;

/// <summary>Data failed a data-quality gate (too many missing values compared with the reference).</summary>
public sealed class DataQualityException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DataQualityException(string message)
        : base(message)
    {
    }
}

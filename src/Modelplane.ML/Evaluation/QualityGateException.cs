namespace Modelplane.ML.Evaluation;

/// <summary>A model failed its quality gate; the message lists every violation.</summary>
public sealed class QualityGateException : Exception
{
    /// <summary>Creates the exception from the violations found.</summary>
    public QualityGateException(IReadOnlyList<QualityGateViolation> violations)
        : base("The model did not meet the minimum criteria:" + Environment.NewLine
            + string.Join(Environment.NewLine, violations.Select(v => "  - " + v.Message)) + Environment.NewLine
            + "Improve the model (more data, other features or trainers, a wider search) or relax the thresholds in the configuration.")
    {
        Violations = violations;
    }

    /// <summary>The bounds that were missed.</summary>
    public IReadOnlyList<QualityGateViolation> Violations { get; }
}

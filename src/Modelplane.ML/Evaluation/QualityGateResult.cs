namespace Modelplane.ML.Evaluation;

/// <summary>The outcome of a quality gate: the violations found, if any.</summary>
/// <param name="Violations">The bounds that were missed.</param>
public sealed record QualityGateResult(IReadOnlyList<QualityGateViolation> Violations)
{
    /// <summary>Whether every bound was met.</summary>
    public bool Passed => Violations.Count == 0;

    /// <summary>
    /// Applies the gate: with <paramref name="failOnViolation"/> any violation throws a
    /// <see cref="QualityGateException"/> listing them all; otherwise the result is returned so the
    /// caller can log the violations as warnings.
    /// </summary>
    public QualityGateResult Enforce(bool failOnViolation)
    {
        if (failOnViolation && !Passed)
        {
            throw new QualityGateException(Violations);
        }

        return this;
    }
}

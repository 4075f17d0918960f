namespace Modelplane.Pipelines;

/// <summary>
/// Thrown from <c>await run.Step(...)</c> inside a pipeline body when the step's body threw (the
/// original exception is <see cref="Exception.InnerException"/>), or when the step was not started
/// because another step of the run had already failed.
/// </summary>
public sealed class StepFailedException : Exception
{
    /// <summary>Creates the exception for a failed or skipped step.</summary>
    /// <param name="stepName">The step's name in the pipeline.</param>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The step body's exception, if it ran.</param>
    public StepFailedException(string stepName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StepName = stepName;
    }

    /// <summary>The step's name in the pipeline.</summary>
    public string StepName { get; }
}

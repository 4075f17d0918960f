namespace Modelplane.Pipelines;

/// <summary>
/// Thrown by <see cref="Pipeline.RunAsync"/> after a run failed, once the run is recorded as failed
/// and the failure hooks have run. <see cref="Exception.InnerException"/> is the step's own exception.
/// </summary>
public sealed class PipelineFailedException : Exception
{
    /// <summary>Creates the exception for a failed run.</summary>
    /// <param name="summary">The failed run's summary.</param>
    /// <param name="failedStep">The step that failed, or null when the pipeline body itself threw.</param>
    /// <param name="innerException">The step's (or the body's) exception.</param>
    /// <param name="hookException">The exception of a failure hook that threw, if any.</param>
    public PipelineFailedException(PipelineRunSummary summary, string? failedStep, Exception innerException, Exception? hookException = null)
        : base(BuildMessage(summary, failedStep, innerException, hookException), innerException)
    {
        Summary = summary;
        FailedStep = failedStep;
        HookException = hookException;
    }

    /// <summary>The failed run, with every step's status.</summary>
    public PipelineRunSummary Summary { get; }

    /// <summary>The name of the step that failed, or null when the pipeline body threw outside a step.</summary>
    public string? FailedStep { get; }

    /// <summary>The exception of a failure hook that threw (the first one), or null.</summary>
    public Exception? HookException { get; }

    private static string BuildMessage(PipelineRunSummary summary, string? failedStep, Exception inner, Exception? hook)
    {
        var message = failedStep is null
            ? $"Pipeline run '{summary.RunName}' failed: {inner.Message}"
            : $"Pipeline run '{summary.RunName}' failed in step '{failedStep}': {inner.Message}";
        return hook is null ? message : $"{message} The failure hook also failed: {hook.Message}";
    }
}

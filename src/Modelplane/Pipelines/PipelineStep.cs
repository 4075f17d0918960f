namespace Modelplane.Pipelines;

/// <summary>
/// The common base of <see cref="Step"/> and <see cref="Step{TOutput}"/>; derive from one of those.
/// </summary>
/// <remarks>
/// A step is a record. Its properties of type <see cref="Artifact{T}"/> (or a list of them, for
/// fan-in) are its inputs; every other public property is a parameter and part of the cache key.
/// </remarks>
public abstract record PipelineStep
{
    private protected PipelineStep()
    {
    }

    /// <summary>Runs the step body and returns its output record (null for steps without outputs).</summary>
    internal abstract Task<object?> ExecuteAsync(StepContext context);
}

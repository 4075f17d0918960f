namespace Modelplane.Pipelines;

/// <summary>
/// A step that produces no output record, such as a quality gate or an evaluator that only logs
/// metadata. Override <see cref="Run"/>, or <see cref="RunAsync"/> when the body awaits.
/// </summary>
/// <example>
/// <code>
/// public sealed record ModelEvaluator(Artifact&lt;ITransformer&gt; Model, Artifact&lt;IDataView&gt; Test, double MinAccuracy) : Step
/// {
///     protected override void Run(StepContext context) { ... }
/// }
/// </code>
/// </example>
public abstract record Step : PipelineStep
{
    /// <summary>The step body. Read input artifacts with <c>Input.Value</c> (or <c>await Input.LoadAsync()</c>); each loads on its first read.</summary>
    /// <param name="context">The run, step run and model version this execution belongs to.</param>
    protected virtual void Run(StepContext context) =>
        throw new NotImplementedException($"Step {GetType().Name} must override Run or RunAsync.");

    /// <summary>The asynchronous step body; by default it calls <see cref="Run"/>.</summary>
    /// <param name="context">The run, step run and model version this execution belongs to.</param>
    protected virtual Task RunAsync(StepContext context)
    {
        Run(context);
        return Task.CompletedTask;
    }

    internal sealed override async Task<object?> ExecuteAsync(StepContext context)
    {
        await RunAsync(context).ConfigureAwait(false);
        return null;
    }
}

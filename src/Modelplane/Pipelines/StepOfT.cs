namespace Modelplane.Pipelines;

/// <summary>
/// A step whose outputs are the <see cref="Artifact{T}"/> properties of an output record
/// <typeparamref name="TOutput"/>. Override <see cref="Run"/>, or <see cref="RunAsync"/> when the
/// body awaits, and create each output with <see cref="StepContext.Output{T}(string, T, Artifacts.ArtifactKind?)"/>.
/// </summary>
/// <typeparam name="TOutput">
/// A record whose primary-constructor parameters are all <see cref="Artifact{T}"/>; on a cache hit
/// the engine rebuilds it from the stored outputs through that constructor.
/// </typeparam>
/// <example>
/// <code>
/// public sealed record TrainDataSplitter(Artifact&lt;IDataView&gt; Dataset, double TestSize) : Step&lt;TrainDataSplitter.Output&gt;
/// {
///     public sealed record Output(Artifact&lt;IDataView&gt; Train, Artifact&lt;IDataView&gt; Test);
///
///     protected override Output Run(StepContext context)
///     {
///         var (train, test) = Split(Dataset.Value, TestSize);
///         return new Output(context.Output("raw_dataset_trn", train), context.Output("raw_dataset_tst", test));
///     }
/// }
/// </code>
/// </example>
public abstract record Step<TOutput> : PipelineStep
    where TOutput : class
{
    /// <summary>The step body. Read input artifacts with <c>Input.Value</c> (or <c>await Input.LoadAsync()</c>); each loads on its first read.</summary>
    /// <param name="context">The run, step run and model version this execution belongs to.</param>
    /// <returns>The output record, built from artifacts returned by <see cref="StepContext.Output{T}(string, T, Artifacts.ArtifactKind?)"/> (or inputs passed through).</returns>
    protected virtual TOutput Run(StepContext context) =>
        throw new NotImplementedException($"Step {GetType().Name} must override Run or RunAsync.");

    /// <summary>The asynchronous step body; by default it calls <see cref="Run"/>.</summary>
    /// <param name="context">The run, step run and model version this execution belongs to.</param>
    protected virtual Task<TOutput> RunAsync(StepContext context) => Task.FromResult(Run(context));

    internal sealed override async Task<object?> ExecuteAsync(StepContext context) =>
        await RunAsync(context).ConfigureAwait(false);
}

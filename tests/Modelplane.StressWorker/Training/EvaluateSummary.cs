using Modelplane.Pipelines;

namespace Modelplane.StressWorker.Training;

/// <summary>
/// Step 3 of the crash pipeline. With <see cref="BlockAfter"/> set it declares its output, creates
/// that file to tell the test it is mid-step, and waits to be killed, so nothing of it may become visible.
/// </summary>
public sealed record EvaluateSummary(Artifact<double[]> Summary, [property: IgnoreInCacheKey] string? BlockAfter) : Step<EvaluateSummary.Output>
{
    public sealed record Output(Artifact<double> Score);

    protected override async Task<Output> RunAsync(StepContext context)
    {
        var output = new Output(context.Output("score", Summary.Value[0] / Summary.Value[1]));
        if (BlockAfter is not null)
        {
            await File.WriteAllTextAsync(BlockAfter, context.StepRunId.ToString(), context.CancellationToken);
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }

        return output;
    }
}

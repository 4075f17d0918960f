using Modelplane.Pipelines;

namespace Modelplane.StressWorker.Training;

/// <summary>Step 1 of the crash pipeline: a deterministic data set, so a re-run has the same cache key and content.</summary>
public sealed record GenerateNumbers(int Count) : Step<GenerateNumbers.Output>
{
    public sealed record Output(Artifact<double[]> Numbers);

    protected override Output Run(StepContext context) =>
        new(context.Output("numbers", Enumerable.Range(1, Count).Select(i => i * 0.5).ToArray()));
}

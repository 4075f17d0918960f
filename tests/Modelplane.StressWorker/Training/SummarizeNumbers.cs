using Modelplane.Pipelines;

namespace Modelplane.StressWorker.Training;

/// <summary>Step 2 of the crash pipeline: the mean and maximum of the numbers, as the "model".</summary>
public sealed record SummarizeNumbers(Artifact<double[]> Numbers) : Step<SummarizeNumbers.Output>
{
    public sealed record Output(Artifact<double[]> Summary);

    protected override Output Run(StepContext context) =>
        new(context.Output("summary", new[] { Numbers.Value.Average(), Numbers.Value.Max() }));
}

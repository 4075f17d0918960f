namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>The arg-max over the candidates' "metric" metadata, passing the winning artifact through.</summary>
public sealed record SelectBest(IReadOnlyList<Artifact<double[]>> Candidates) : Step<SelectBest.Output>
{
    public sealed record Output(Artifact<double[]> Best);

    protected override Output Run(StepContext context) =>
        new(Candidates.MaxBy(candidate => candidate.Metadata["metric"].AsDouble())!);
}

namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>Multiplies every number by <c>Factor</c>.</summary>
public sealed record Scale(Artifact<double[]> Numbers, double Factor) : Step<Scale.Output>
{
    public sealed record Output(Artifact<double[]> Scaled);

    protected override Output Run(StepContext context) =>
        new(context.Output("scaled", Numbers.Value.Select(n => n * Factor).ToArray()));
}

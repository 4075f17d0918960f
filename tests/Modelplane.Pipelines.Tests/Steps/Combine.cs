namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>Concatenates two inputs.</summary>
public sealed record Combine(Artifact<double[]> A, Artifact<double[]> B) : Step<Combine.Output>
{
    public sealed record Output(Artifact<double[]> Combined);

    protected override Output Run(StepContext context) =>
        new(context.Output("combined", A.Value.Concat(B.Value).ToArray()));
}

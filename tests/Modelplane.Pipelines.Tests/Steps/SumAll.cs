namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>Fan-in: adds up the totals of several steps.</summary>
public sealed record SumAll(IReadOnlyList<Artifact<double>> Totals) : Step<SumAll.Output>
{
    public sealed record Output(Artifact<double> GrandTotal);

    protected override Output Run(StepContext context) =>
        new(context.Output("grand_total", Totals.Sum(t => t.Value)));
}

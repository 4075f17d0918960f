namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>Produces <c>Count</c> numbers derived from <c>Seed</c>.</summary>
public sealed record LoadNumbers(int Count, int Seed) : Step<LoadNumbers.Output>
{
    public sealed record Output(Artifact<double[]> Numbers);

    protected override Output Run(StepContext context)
    {
        var numbers = Enumerable.Range(0, Count).Select(i => (double)((i * 7) + Seed)).ToArray();
        return new Output(context.Output("numbers", numbers));
    }
}

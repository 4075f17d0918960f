namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>Declares an output, logs model metadata, then fails: nothing of it may be left behind.</summary>
public sealed record Explode(Artifact<double[]> Numbers) : Step<Explode.Output>
{
    public sealed record Output(Artifact<double[]> Partial);

    protected override Output Run(StepContext context)
    {
        context.Output("partial", Numbers.Value);
        context.LogModelMetadata("should_not_exist", true);
        throw new InvalidOperationException("the data is bad");
    }
}

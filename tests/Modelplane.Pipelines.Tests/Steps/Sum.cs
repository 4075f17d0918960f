namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>Adds the numbers up; logs the count on the model version and on its output.</summary>
public sealed record Sum(Artifact<double[]> Values) : Step<Sum.Output>
{
    public sealed record Output(Artifact<double> Total);

    protected override async Task<Output> RunAsync(StepContext context)
    {
        await Task.Yield();
        var total = context.Output("total", Values.Value.Sum());
        context.LogOutputMetadata(total, "count", Values.Value.Length);
        context.LogModelMetadata("summed_values", Values.Value.Length);
        context.LogMetadata("note", "summed");
        return new Output(total);
    }
}

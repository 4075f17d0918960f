namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>Like ZenML's hp_tuning_single_search: every candidate writes "hp_result" with a "metric" on it.</summary>
public sealed record ScoreCandidate(Artifact<double[]> Numbers, double Weight) : Step<ScoreCandidate.Output>
{
    public sealed record Output(Artifact<double[]> Result);

    protected override Output Run(StepContext context)
    {
        var result = context.Output("hp_result", Numbers.Value.Select(n => n * Weight).ToArray());
        context.LogOutputMetadata(result, "metric", 1.0 - Math.Abs(Weight - 0.5));
        return new Output(result);
    }
}

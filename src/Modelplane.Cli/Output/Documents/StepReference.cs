using Modelplane.Runs;

namespace Modelplane.Cli.Output.Documents;

/// <summary>A step run named inside another document (an artifact's producer or consumers).</summary>
internal sealed record StepReference(Guid StepRunId, string Step, Guid PipelineRunId, RunStatus Status)
{
    public static StepReference Of(StepRunRecord step) => new(step.Id, step.StepName, step.PipelineRunId, step.Status);
}

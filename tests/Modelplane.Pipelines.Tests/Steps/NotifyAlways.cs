namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>A step that must run every time, like ZenML's notify_on_success.</summary>
[DisableCache]
public sealed record NotifyAlways(string Message) : Step
{
    protected override void Run(StepContext context) => context.LogMetadata("message", Message);
}

using Modelplane.Models;

namespace Modelplane.Pipelines;

/// <summary>The settings a <see cref="Pipeline"/> builder has collected; immutable so a configured pipeline can be reused.</summary>
internal sealed record PipelineSettings(string Name)
{
    public ModelSpec? Model { get; init; }

    public VersionRequest Version { get; init; } = VersionRequest.New;

    public bool? CacheEnabled { get; init; }

    public string? ConfigJson { get; init; }

    public IReadOnlyList<Func<PipelineRunSummary, Task>> SuccessHooks { get; init; } = [];

    public IReadOnlyList<Func<PipelineRunSummary, Task>> FailureHooks { get; init; } = [];

    public IReadOnlyList<IPipelineObserver> Observers { get; init; } = [];
}

namespace Modelplane.Runs;

/// <summary>A pipeline run to record; it starts <see cref="RunStatus.Running"/> at the time it is created.</summary>
/// <param name="Name">The run's name.</param>
/// <param name="PipelineName">The pipeline that runs.</param>
public sealed record NewPipelineRun(string Name, string PipelineName)
{
    /// <summary>The model version the run is pinned to, if any.</summary>
    public Guid? ModelVersionId { get; init; }

    /// <summary>The effective configuration, as JSON.</summary>
    public string? ConfigJson { get; init; }
}

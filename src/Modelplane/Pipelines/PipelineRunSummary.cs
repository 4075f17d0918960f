using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>How a pipeline run went: what hooks, observers and <see cref="Pipeline.RunAsync"/> callers get.</summary>
/// <param name="RunId">The pipeline run's id in the metadata store.</param>
/// <param name="RunName">The run's name, <c>&lt;pipeline&gt;_run_&lt;yyyy_MM_dd_HH_mm_ss&gt;_&lt;suffix&gt;</c>.</param>
/// <param name="PipelineName">The pipeline's name.</param>
/// <param name="Status">Completed, cached (every step was) or failed.</param>
/// <param name="ModelVersion">The model version the run was pinned to, or null without a model.</param>
/// <param name="Started">When the run started (UTC).</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Steps">Every step that started, in start order.</param>
/// <param name="FailedStep">The step that failed, or null.</param>
/// <param name="Error">The exception that failed the run, or null.</param>
/// <param name="ModelVersionDeleted">True when the run created a new version and failed, so the version was deleted.</param>
public sealed record PipelineRunSummary(
    Guid RunId,
    string RunName,
    string PipelineName,
    RunStatus Status,
    ModelVersion? ModelVersion,
    DateTimeOffset Started,
    TimeSpan Duration,
    IReadOnlyList<StepRunSummary> Steps,
    string? FailedStep = null,
    Exception? Error = null,
    bool ModelVersionDeleted = false)
{
    /// <summary>Whether the run succeeded (completed or fully cached).</summary>
    public bool Succeeded => Status is RunStatus.Completed or RunStatus.Cached;

    /// <summary>The summary of step <paramref name="name"/>; throws if no step of that name started.</summary>
    public StepRunSummary Step(string name) => Steps.FirstOrDefault(s => s.Name == name)
        ?? throw new KeyNotFoundException($"Run '{RunName}' has no step named '{name}'. Steps: {string.Join(", ", Steps.Select(s => s.Name))}.");
}

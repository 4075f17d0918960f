namespace Modelplane.Runs;

/// <summary>One run of a pipeline.</summary>
/// <param name="Id">The run's id.</param>
/// <param name="Name">The run's name, e.g. <c>training-2026-11-23-101500</c>.</param>
/// <param name="PipelineName">The pipeline that ran.</param>
/// <param name="ModelVersionId">The model version the run was pinned to, if any.</param>
/// <param name="Status">Its state.</param>
/// <param name="Started">When it started (UTC).</param>
/// <param name="Ended">When it ended (UTC), or <see langword="null"/> while running.</param>
/// <param name="Error">The error text of a failed run.</param>
/// <param name="ConfigJson">The effective configuration the run used, as JSON.</param>
public sealed record PipelineRunRecord(
    Guid Id,
    string Name,
    string PipelineName,
    Guid? ModelVersionId,
    RunStatus Status,
    DateTimeOffset Started,
    DateTimeOffset? Ended,
    string? Error,
    string? ConfigJson);

using System.Text.Json;
using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Storage.Sql;

/// <summary>The text forms enums and lists take in the database; stable, because stored rows outlive code.</summary>
internal static class StoredText
{
    public static string Of(Stage stage) => Stages.ToText(stage);

    public static Stage ToStage(string text) => Stages.TryParse(text, out var stage)
        ? stage
        : throw new InvalidDataException($"Unknown stage '{text}' in the store.");

    public static string Of(RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Completed => "completed",
        RunStatus.Failed => "failed",
        RunStatus.Cached => "cached",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status."),
    };

    public static RunStatus ToRunStatus(string text) => text switch
    {
        "running" => RunStatus.Running,
        "completed" => RunStatus.Completed,
        "failed" => RunStatus.Failed,
        "cached" => RunStatus.Cached,
        _ => throw new InvalidDataException($"Unknown run status '{text}' in the store."),
    };

    public static string Of(ArtifactKind kind) => kind switch
    {
        ArtifactKind.Data => "data",
        ArtifactKind.Model => "model",
        ArtifactKind.Deployment => "deployment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown artifact kind."),
    };

    public static ArtifactKind ToArtifactKind(string text) => text switch
    {
        "data" => ArtifactKind.Data,
        "model" => ArtifactKind.Model,
        "deployment" => ArtifactKind.Deployment,
        _ => throw new InvalidDataException($"Unknown artifact kind '{text}' in the store."),
    };

    public static string Of(MetadataTargetKind kind) => kind switch
    {
        MetadataTargetKind.ModelVersion => "model_version",
        MetadataTargetKind.ArtifactVersion => "artifact_version",
        MetadataTargetKind.PipelineRun => "pipeline_run",
        MetadataTargetKind.StepRun => "step_run",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown metadata target."),
    };

    public static string Of(MetadataType type) => type switch
    {
        MetadataType.String => "string",
        MetadataType.Integer => "integer",
        MetadataType.Float => "float",
        MetadataType.Bool => "bool",
        MetadataType.Json => "json",
        MetadataType.Uri => "uri",
        MetadataType.StorageSize => "storage_size",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown metadata type."),
    };

    public static MetadataType ToMetadataType(string text) => text switch
    {
        "string" => MetadataType.String,
        "integer" => MetadataType.Integer,
        "float" => MetadataType.Float,
        "bool" => MetadataType.Bool,
        "json" => MetadataType.Json,
        "uri" => MetadataType.Uri,
        "storage_size" => MetadataType.StorageSize,
        _ => throw new InvalidDataException($"Unknown metadata type '{text}' in the store."),
    };

    public static string Of(IReadOnlyList<string> list) => JsonSerializer.Serialize(list);

    public static IReadOnlyList<string> ToList(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}

namespace Modelplane.Metadata;

/// <summary>The record a metadata value is attached to.</summary>
/// <param name="Kind">What kind of record it is.</param>
/// <param name="Id">Its id.</param>
public readonly record struct MetadataTarget(MetadataTargetKind Kind, Guid Id)
{
    /// <summary>The model version <paramref name="id"/>.</summary>
    public static MetadataTarget ForModelVersion(Guid id) => new(MetadataTargetKind.ModelVersion, id);

    /// <summary>The artifact version <paramref name="id"/>.</summary>
    public static MetadataTarget ForArtifactVersion(Guid id) => new(MetadataTargetKind.ArtifactVersion, id);

    /// <summary>The pipeline run <paramref name="id"/>.</summary>
    public static MetadataTarget ForPipelineRun(Guid id) => new(MetadataTargetKind.PipelineRun, id);

    /// <summary>The step run <paramref name="id"/>.</summary>
    public static MetadataTarget ForStepRun(Guid id) => new(MetadataTargetKind.StepRun, id);
}

namespace Modelplane.Metadata;

/// <summary>The kinds of record metadata can be attached to.</summary>
public enum MetadataTargetKind
{
    /// <summary>A model version.</summary>
    ModelVersion,

    /// <summary>An artifact version.</summary>
    ArtifactVersion,

    /// <summary>A pipeline run.</summary>
    PipelineRun,

    /// <summary>A step run.</summary>
    StepRun,
}

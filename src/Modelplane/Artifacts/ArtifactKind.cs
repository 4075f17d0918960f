namespace Modelplane.Artifacts;

/// <summary>What an artifact version is, for lookups such as "the model artifacts of version 3".</summary>
public enum ArtifactKind
{
    /// <summary>Data sets, statistics, reports, parameters: everything that is not a model or a deployment.</summary>
    Data,

    /// <summary>A trained model or a fitted transformer.</summary>
    Model,

    /// <summary>Something deployed from a model, such as a service description or batch predictions' endpoint.</summary>
    Deployment,
}

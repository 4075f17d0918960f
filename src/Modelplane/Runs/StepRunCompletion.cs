using Modelplane.Metadata;

namespace Modelplane.Runs;

/// <summary>
/// Everything recorded when an executed step run completes: its new output artifact versions, the
/// outputs it passed through, their links to the run's model version, the step run's and the model
/// version's metadata, and the completed status. The store writes it all in one transaction, so a
/// crash never leaves a step run completed without its outputs.
/// </summary>
/// <param name="StepRunId">The running step run to complete.</param>
public sealed record StepRunCompletion(Guid StepRunId)
{
    /// <summary>Artifact versions the step produced, created in this order.</summary>
    public IReadOnlyList<NewStepOutput> NewOutputs { get; init; } = [];

    /// <summary>Existing artifact versions (e.g. inputs passed through) recorded as outputs, by output name.</summary>
    public IReadOnlyDictionary<string, Guid> ExistingOutputs { get; init; } = new Dictionary<string, Guid>();

    /// <summary>The model version every output is linked to and <see cref="ModelVersionMetadata"/> is set on; none if <see langword="null"/>.</summary>
    public Guid? ModelVersionId { get; init; }

    /// <summary>Metadata set on the step run; a key set before is overwritten.</summary>
    public IReadOnlyDictionary<string, MetadataValue> StepRunMetadata { get; init; } = new Dictionary<string, MetadataValue>();

    /// <summary>Metadata set on <see cref="ModelVersionId"/>, which it requires.</summary>
    public IReadOnlyDictionary<string, MetadataValue> ModelVersionMetadata { get; init; } = new Dictionary<string, MetadataValue>();
}

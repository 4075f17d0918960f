using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Naming;

namespace Modelplane.Pipelines;

/// <summary>
/// What a step body can see and do: the run and model version it belongs to, its own outputs,
/// metadata, and artifacts of model versions. One context per step execution.
/// </summary>
/// <remarks>
/// Outputs and metadata are buffered and written when the body returns successfully, so a step that
/// throws leaves no artifact version and no model-version metadata behind. Step-run metadata is
/// written even when the step fails, to help debugging.
/// </remarks>
public sealed class StepContext
{
    private readonly Lock gate = new();
    private readonly List<IArtifact> outputs = [];
    private readonly Dictionary<string, MetadataValue> stepMetadata = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MetadataValue> modelMetadata = new(StringComparer.Ordinal);

    internal StepContext(PipelineRun pipelineRun, string stepName, Guid stepRunId)
    {
        PipelineRun = pipelineRun;
        StepName = stepName;
        StepRunId = stepRunId;
    }

    /// <summary>The pipeline run this step runs in.</summary>
    public PipelineRun PipelineRun { get; }

    /// <summary>The model version the run is pinned to, or null when the pipeline has no model.</summary>
    public ModelVersion? ModelVersion => PipelineRun.ModelVersion;

    /// <summary>The step's name in the pipeline.</summary>
    public string StepName { get; }

    /// <summary>The id of this step run in the metadata store.</summary>
    public Guid StepRunId { get; }

    /// <summary>The control plane, for what the context does not wrap (stage moves, listing versions).</summary>
    public ModelplaneClient Client => PipelineRun.Client;

    /// <summary>Signalled when the pipeline run is cancelled; long-running steps should honour it.</summary>
    public CancellationToken CancellationToken => PipelineRun.CancellationToken;

    /// <summary>
    /// Declares an output: <paramref name="value"/> becomes a new version of artifact
    /// <paramref name="name"/> when the step body returns, linked to the run's model version.
    /// Put the returned artifact in the step's output record.
    /// </summary>
    /// <typeparam name="T">The declared type; it picks the materializer.</typeparam>
    /// <param name="name">The artifact name, such as <c>dataset_trn</c>.</param>
    /// <param name="value">The value to save.</param>
    /// <param name="kind">Data, model or deployment; the materializer's default if null.</param>
    public Artifact<T> Output<T>(string name, T value, ArtifactKind? kind = null)
        where T : notnull
    {
        Names.ValidateArtifactName(name);
        ArgumentNullException.ThrowIfNull(value);
        var artifact = new Artifact<T>(name, value, kind, this);
        lock (gate)
        {
            if (outputs.Any(o => o.Name == name))
            {
                throw new ArgumentException($"Step '{StepName}' already has an output named '{name}'; give each output its own name.", nameof(name));
            }

            outputs.Add(artifact);
        }

        return artifact;
    }

    /// <summary>Records metadata on this step run.</summary>
    /// <param name="key">The metadata key.</param>
    /// <param name="value">The value (numbers, text and booleans convert implicitly).</param>
    public void LogMetadata(string key, MetadataValue value) => Set(stepMetadata, key, value);

    /// <summary>Records metadata on the run's model version (also when the step is later served from cache).</summary>
    /// <param name="key">The metadata key.</param>
    /// <param name="value">The value.</param>
    public void LogModelMetadata(string key, MetadataValue value)
    {
        if (ModelVersion is null)
        {
            throw new InvalidOperationException($"Step '{StepName}' logs model metadata '{key}', but pipeline '{PipelineRun.PipelineName}' has no model. Configure one with Pipeline.WithModel.");
        }

        Set(modelMetadata, key, value);
    }

    /// <summary>Records metadata on one of this step's outputs, written with the artifact version.</summary>
    /// <param name="output">An artifact returned by <see cref="Output{T}"/> in this step.</param>
    /// <param name="key">The metadata key.</param>
    /// <param name="value">The value.</param>
    public void LogOutputMetadata<T>(Artifact<T> output, string key, MetadataValue value)
    {
        ArgumentNullException.ThrowIfNull(output);
        IArtifact artifact = output;
        if (artifact.PendingOwner != this || artifact.Pending is null)
        {
            throw new ArgumentException($"Step '{StepName}' can only log metadata on its own outputs, and '{output.Name}' is not one.", nameof(output));
        }

        Set(artifact.Pending.Metadata, key, value);
    }

    /// <summary>
    /// The newest artifact named <paramref name="name"/> linked to the run's model version (outputs of
    /// earlier steps of this run included); its value loads on first read.
    /// </summary>
    /// <param name="name">The artifact name.</param>
    public Artifact<T> ModelArtifact<T>(string name) =>
        PipelineRun.ModelArtifact<T>(name).GetAwaiter().GetResult();

    /// <summary>The newest artifact named <paramref name="name"/> linked to another version of the run's model, such as the one in production.</summary>
    /// <param name="version">Which version: a number, name, stage or latest (not new).</param>
    /// <param name="name">The artifact name.</param>
    public Artifact<T> ArtifactOf<T>(VersionRequest version, string name) =>
        PipelineRun.ArtifactOf<T>(version, name).GetAwaiter().GetResult();

    internal IReadOnlyList<IArtifact> PendingOutputs()
    {
        lock (gate)
        {
            return [.. outputs];
        }
    }

    internal IReadOnlyDictionary<string, MetadataValue> StepMetadata()
    {
        lock (gate)
        {
            return new Dictionary<string, MetadataValue>(stepMetadata, StringComparer.Ordinal);
        }
    }

    internal IReadOnlyDictionary<string, MetadataValue> ModelMetadata()
    {
        lock (gate)
        {
            return new Dictionary<string, MetadataValue>(modelMetadata, StringComparer.Ordinal);
        }
    }

    private void Set(Dictionary<string, MetadataValue> target, string key, MetadataValue value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        lock (gate)
        {
            target[key] = value;
        }
    }
}

using Modelplane.Artifacts;
using Modelplane.Metadata;

namespace Modelplane.Pipelines;

/// <summary>
/// A typed handle to an artifact version: a step's input or output. Read the value with
/// <see cref="Value"/>: the first read loads the stored file and verifies it against its content
/// hash, so a step pays only for the inputs it reads.
/// </summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <remarks>
/// Inside the step that creates it (<see cref="StepContext.Output{T}"/>) an artifact is pending:
/// <see cref="Value"/> is the in-memory value and <see cref="ArtifactVersion"/> is not known yet.
/// The engine saves it when the step body returns; from then on it is immutable, and consumers
/// read the stored copy, exactly as they would after a cache hit. Values whose materializer says
/// they read back equal (<see cref="Artifacts.IMaterializer.ReusesSavedValue"/>, such as trained
/// models) are handed on as saved instead of being read back.
/// </remarks>
public sealed class Artifact<T> : IArtifact
{
    private readonly Lock gate = new();
    private PendingOutput? pending;
    private StepContext? pendingOwner;
    private ArtifactVersion? stored;
    private ModelplaneClient? client;
    private Task<T>? loading;

    internal Artifact(string name, T value, ArtifactKind? kind, StepContext owner)
    {
        Name = name;
        pending = new PendingOutput(value!, typeof(T), kind);
        pendingOwner = owner;
    }

    internal Artifact(ArtifactVersion version, ModelplaneClient client)
    {
        Name = version.Name;
        stored = version;
        this.client = client;
    }

    /// <summary>The artifact name, such as <c>dataset_trn</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// The stored artifact version: id, version number, kind, content hash, producer and metadata.
    /// Throws while the artifact is a pending output of the step that is creating it.
    /// </summary>
    public ArtifactVersion ArtifactVersion => stored
        ?? throw new InvalidOperationException($"Artifact '{Name}' is not saved yet: a step's outputs are saved when its body returns.");

    /// <summary>The value. Loaded from the store (hash-verified) on first read; prefer <see cref="LoadAsync"/> in async code.</summary>
    public T Value
    {
        get
        {
            if (pending is { } output)
            {
                return (T)output.Value;
            }

            return LoadAsync().GetAwaiter().GetResult();
        }
    }

    ArtifactVersion? IArtifact.StoredVersion => stored;

    StepContext? IArtifact.PendingOwner => pendingOwner;

    PendingOutput? IArtifact.Pending => pending;

    /// <summary>Loads the value (once; later calls share the result), verifying the file against the recorded content hash.</summary>
    /// <param name="cancellationToken">Cancels the load.</param>
    public Task<T> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (pending is { } output)
        {
            return Task.FromResult((T)output.Value);
        }

        lock (gate)
        {
            // A failed load (missing file, cancellation) is not remembered: the next read retries.
            if (loading is { IsFaulted: true } or { IsCanceled: true })
            {
                loading = null;
            }

            return loading ??= client!.LoadArtifactAsync<T>(stored!, cancellationToken);
        }
    }

    /// <summary>The metadata of the stored artifact version; while pending, what the step has logged on it so far.</summary>
    public IReadOnlyDictionary<string, MetadataValue> Metadata => stored?.Metadata ?? pending!.Metadata;

    /// <inheritdoc />
    public override string ToString() => stored is null ? $"{Name} (pending)" : stored.ToString();

    void IArtifact.Bind(ArtifactVersion version, ModelplaneClient boundClient, bool keepValue)
    {
        lock (gate)
        {
            if (keepValue && pending is { } output)
            {
                loading = Task.FromResult((T)output.Value);
            }

            stored = version;
            client = boundClient;
            pending = null;
            pendingOwner = null;
        }
    }
}

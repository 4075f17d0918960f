using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Storage;
using Modelplane.Storage.Providers;

namespace Modelplane;

/// <summary>
/// Configures a <see cref="ModelplaneClient"/> beyond a store URL: separate metadata and artifact
/// stores, the actor recorded in the stage history, custom materializers.
/// </summary>
/// <example>
/// <code>
/// await using var client = await ModelplaneClient.CreateBuilder("postgres://…")
///     .UseArtifactStore(new LocalArtifactStore("/mnt/shared/artifacts"))
///     .ConfigureMaterializers(m => m.Register(new MyMaterializer()))
///     .BuildAsync();
/// </code>
/// </example>
public sealed class ModelplaneClientBuilder
{
    private readonly MaterializerRegistry _materializers = new();
    private string? _store;
    private IMetadataStore? _metadataStore;
    private IArtifactStore? _artifactStore;
    private string? _artifactLocation;
    private string? _actor;
    private bool _built;

    internal ModelplaneClientBuilder(string? store) => _store = store;

    /// <summary>Opens the stores from a store URL (see <see cref="ModelplaneClient.Open"/>).</summary>
    public ModelplaneClientBuilder UseStore(string store)
    {
        _store = store;
        return this;
    }

    /// <summary>Uses <paramref name="store"/> for metadata instead of opening one from the store URL. The client disposes it.</summary>
    public ModelplaneClientBuilder UseMetadataStore(IMetadataStore store)
    {
        _metadataStore = store;
        return this;
    }

    /// <summary>Uses <paramref name="store"/> for artifact files instead of the one that comes with the store URL.</summary>
    public ModelplaneClientBuilder UseArtifactStore(IArtifactStore store)
    {
        _artifactStore = store;
        return this;
    }

    /// <summary>
    /// Opens the artifact store at <paramref name="location"/> (a folder, or a URL of a registered
    /// <see cref="IArtifactStoreProvider"/> such as <c>s3://bucket/prefix</c>) instead of the one that
    /// comes with the store URL or <c>$MODELPLANE_ARTIFACTS</c>.
    /// </summary>
    public ModelplaneClientBuilder UseArtifactStore(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        _artifactLocation = location;
        return this;
    }

    /// <summary>Records <paramref name="actor"/> as who made stage moves; <see cref="Environment.UserName"/> by default.</summary>
    public ModelplaneClientBuilder UseActor(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        _actor = actor;
        return this;
    }

    /// <summary>Registers custom materializers.</summary>
    public ModelplaneClientBuilder ConfigureMaterializers(Action<MaterializerRegistry> configure)
    {
        configure(_materializers);
        return this;
    }

    /// <summary>Opens the stores, applies schema migrations and returns the client. A builder builds once.</summary>
    public async Task<ModelplaneClient> BuildAsync(CancellationToken cancellationToken = default)
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built a client; create a new builder for another one.");
        }

        _built = true;
        var metadataStore = _metadataStore;
        // Explicit choices beat the environment, which beats the folder that comes with the store.
        var artifactStore = _artifactStore
            ?? (_artifactLocation is not null ? ArtifactStoreProviders.Open(_artifactLocation) : ArtifactStoreProviders.FromEnvironment());
        if (metadataStore is null || artifactStore is null)
        {
            var store = _store ?? ModelplaneClient.DefaultStore();
            var opened = StoreProviders.For(store).Open(store);
            if (metadataStore is null)
            {
                metadataStore = opened.MetadataStore;
            }
            else
            {
                await opened.MetadataStore.DisposeAsync().ConfigureAwait(false);
            }

            artifactStore ??= opened.ArtifactStore ?? throw new ValidationException(
                $"The store '{StoreProviders.Redacted(store)}' keeps only metadata; configure where artifact files go with UseArtifactStore or ${ArtifactStoreProviders.EnvironmentVariable} (a shared folder or an S3 bucket).");
        }

        try
        {
            await metadataStore.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await metadataStore.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new ModelplaneClient(metadataStore, artifactStore, _materializers, _actor ?? Environment.UserName);
    }

    /// <summary>Synchronous <see cref="BuildAsync"/>, for programs without an async context.</summary>
    public ModelplaneClient Build() => BuildAsync().GetAwaiter().GetResult();
}

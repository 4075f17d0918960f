using Modelplane.Artifacts;
using Modelplane.Errors;

namespace Modelplane.Storage.Providers;

/// <summary>
/// The process-wide list of artifact store providers, consulted for
/// <see cref="ModelplaneClientBuilder.UseArtifactStore(string)"/> and <see cref="EnvironmentVariable"/>.
/// Registered providers are asked first; a location none of them claims is a folder
/// (<see cref="LocalArtifactStore"/>), local or shared.
/// </summary>
public static class ArtifactStoreProviders
{
    /// <summary>The environment variable naming where artifact files go, overriding the store's own folder: a folder path, or a URL of a registered provider (<c>s3://bucket/prefix</c>).</summary>
    public const string EnvironmentVariable = "MODELPLANE_ARTIFACTS";

    private static readonly Lock Gate = new();
    private static readonly List<IArtifactStoreProvider> Registered = [];

    /// <summary>Adds <paramref name="provider"/>; registering a second instance of the same provider type does nothing.</summary>
    public static void Register(IArtifactStoreProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        lock (Gate)
        {
            if (!Registered.Any(p => p.GetType() == provider.GetType()))
            {
                Registered.Add(provider);
            }
        }
    }

    /// <summary>Opens the artifact store at <paramref name="location"/>.</summary>
    public static IArtifactStore Open(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        IArtifactStoreProvider? provider;
        lock (Gate)
        {
            provider = Registered.FirstOrDefault(p => p.CanOpen(location));
        }

        if (provider is not null)
        {
            return provider.Open(location);
        }

        if (location.Contains("://", StringComparison.Ordinal))
        {
            throw new ValidationException(
                $"No artifact store provider understands '{StoreRedaction.Redact(location)}'. For s3:// locations, reference the Modelplane.S3 package and call S3ArtifactStore.Register(); otherwise give a folder path.");
        }

        // Throws a ModelplaneException naming the folder when it cannot be created.
        return new LocalArtifactStore(location);
    }

    /// <summary>The artifact store named by <see cref="EnvironmentVariable"/>, or <see langword="null"/> when it is not set.</summary>
    public static IArtifactStore? FromEnvironment() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } location ? Open(location) : null;
}

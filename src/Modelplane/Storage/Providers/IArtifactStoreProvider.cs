using Modelplane.Artifacts;

namespace Modelplane.Storage.Providers;

/// <summary>
/// Opens artifact stores from a location of one kind (a URL scheme such as <c>s3://</c>). Register
/// providers with <see cref="ArtifactStoreProviders.Register"/>; a folder path is built in.
/// </summary>
public interface IArtifactStoreProvider
{
    /// <summary>Whether this provider understands <paramref name="location"/>.</summary>
    bool CanOpen(string location);

    /// <summary>Opens the artifact store at <paramref name="location"/>.</summary>
    IArtifactStore Open(string location);
}

using Modelplane.Artifacts;
using Modelplane.Storage.Providers;

namespace Modelplane.S3;

/// <summary>Opens <c>s3://bucket/prefix</c> locations with <see cref="S3ArtifactStoreOptions.FromUrl"/>.</summary>
internal sealed class S3ArtifactStoreProvider : IArtifactStoreProvider
{
    public bool CanOpen(string location) => location.StartsWith(S3ArtifactStoreOptions.Scheme, StringComparison.OrdinalIgnoreCase);

    public IArtifactStore Open(string location) => new S3ArtifactStore(S3ArtifactStoreOptions.FromUrl(location));
}

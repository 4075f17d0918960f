using Modelplane.Artifacts;

namespace Modelplane.Storage.Providers;

/// <summary>What a store provider opened.</summary>
/// <param name="MetadataStore">The metadata store.</param>
/// <param name="ArtifactStore">The artifact store that goes with it, or <see langword="null"/> when it must be configured separately (a database server has no folder of its own).</param>
public sealed record OpenedStore(IMetadataStore MetadataStore, IArtifactStore? ArtifactStore);

namespace Modelplane.Registry.Bench;

/// <summary>Ids of what <see cref="RegistryPopulator"/> wrote, for picking lookup samples.</summary>
/// <param name="VersionIds">[model][number - 1].</param>
/// <param name="ModelArtifactIds">[model][number - 1]: the model artifact the version's run produced.</param>
/// <param name="DatasetArtifactIds">[model]: the dataset every run of the model consumed.</param>
internal sealed record PopulatedRegistry(RegistryShape Shape, Guid[][] VersionIds, Guid[][] ModelArtifactIds, Guid[] DatasetArtifactIds);

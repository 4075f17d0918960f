using Modelplane.PostgreSql;
using Modelplane.S3;

namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>A store the multi-process tests share between processes: its settings as environment variables.</summary>
/// <param name="Store">The value of MODELPLANE_STORE.</param>
/// <param name="Artifacts">The value of MODELPLANE_ARTIFACTS.</param>
public sealed record StoreUnderTest(string Store, string Artifacts)
{
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["MODELPLANE_STORE"] = Store,
        ["MODELPLANE_ARTIFACTS"] = Artifacts,
    };

    /// <summary>Opens a client on the store in this process.</summary>
    public Task<ModelplaneClient> OpenAsync()
    {
        PostgreSqlStore.Register();
        S3ArtifactStore.Register();
        return ModelplaneClient.CreateBuilder(Store).UseArtifactStore(Artifacts).BuildAsync();
    }
}

using Modelplane.PostgreSql;
using Modelplane.S3;

namespace Modelplane.Cli.Store;

/// <summary>
/// The one place where the tool registers store providers beyond the built-in SQLite one, before any
/// store is opened.
/// </summary>
internal static class StoreProviderRegistration
{
    /// <summary>Registers every provider the tool ships with; safe to call more than once.</summary>
    public static void RegisterAll()
    {
        // --store "Host=…;Username=…" and postgres:// URLs open the team metadata store;
        // MODELPLANE_ARTIFACTS=s3://bucket/prefix puts its artifacts in an S3-compatible bucket.
        PostgreSqlStore.Register();
        S3ArtifactStore.Register();
    }
}

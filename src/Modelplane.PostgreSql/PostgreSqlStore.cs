using Modelplane.Storage.Providers;

namespace Modelplane.PostgreSql;

/// <summary>
/// The entry point of the PostgreSQL team store. Call <see cref="Register"/> once at start-up; then
/// <see cref="ModelplaneClient.Open"/> (and <c>MODELPLANE_STORE</c>) accept PostgreSQL URLs and
/// connection strings.
/// </summary>
/// <example>
/// <code>
/// PostgreSqlStore.Register();
/// await using var client = await ModelplaneClient.CreateBuilder("postgres://ml@db.internal/modelplane")
///     .UseArtifactStore("/mnt/shared/modelplane-artifacts")
///     .BuildAsync();
/// </code>
/// </example>
/// <remarks>
/// Registration is explicit rather than a module initializer: .NET loads an assembly only when one of
/// its types is used, so an initializer would not run for an application that only passes a URL.
/// </remarks>
public static class PostgreSqlStore
{
    /// <summary>Adds the PostgreSQL provider to <see cref="StoreProviders"/>; calling it again does nothing.</summary>
    public static void Register() => StoreProviders.Register(new PostgreSqlStoreProvider());
}

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
        // Modelplane.PostgreSql (referenced by this project) has no IStoreProvider yet. When it has one,
        // register it here: StoreProviders.Register(new PostgreSqlStoreProvider());
        // so --store "Host=…;Username=…" and postgres:// URLs open the team store.
    }
}

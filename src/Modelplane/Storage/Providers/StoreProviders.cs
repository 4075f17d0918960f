using Modelplane.Errors;
using Modelplane.Storage.Sqlite;

namespace Modelplane.Storage.Providers;

/// <summary>
/// The process-wide list of store providers consulted by <see cref="ModelplaneClient.Open"/>.
/// Registered providers are asked first, in registration order; the built-in SQLite provider takes
/// whatever none of them claims.
/// </summary>
public static class StoreProviders
{
    private static readonly Lock Gate = new();
    private static readonly List<IStoreProvider> Registered = [];
    private static readonly IStoreProvider Sqlite = new SqliteStoreProvider();

    /// <summary>Adds <paramref name="provider"/>; registering a second instance of the same provider type does nothing.</summary>
    public static void Register(IStoreProvider provider)
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

    /// <summary>The provider that opens <paramref name="store"/>; throws a <see cref="ValidationException"/> if none does.</summary>
    public static IStoreProvider For(string store)
    {
        lock (Gate)
        {
            var provider = Registered.FirstOrDefault(p => p.CanOpen(store)) ?? (Sqlite.CanOpen(store) ? Sqlite : null);
            return provider ?? throw new ValidationException(
                $"No store provider understands the store '{Redacted(store)}'. For PostgreSQL, reference the Modelplane.PostgreSql package and register its provider; for the embedded store, give a folder path or sqlite:<file>.");
        }
    }

    // Store URLs can carry passwords; messages show them only redacted.
    internal static string Redacted(string store) => StoreRedaction.Redact(store);
}

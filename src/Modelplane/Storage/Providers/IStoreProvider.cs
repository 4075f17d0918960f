namespace Modelplane.Storage.Providers;

/// <summary>
/// Opens stores from a store URL of one kind (a URL scheme such as <c>postgres://</c>, or a
/// connection-string form such as <c>Host=…</c>). Register providers with <see cref="StoreProviders.Register"/>;
/// SQLite (a folder path or <c>sqlite:&lt;file&gt;</c>) is built in.
/// </summary>
public interface IStoreProvider
{
    /// <summary>Whether this provider understands <paramref name="store"/>.</summary>
    bool CanOpen(string store);

    /// <summary>Opens the store (without initialising its schema; the client does that).</summary>
    OpenedStore Open(string store);
}

using Modelplane.Storage.Providers;
using Modelplane.Storage.Sqlite;

namespace Modelplane.Tests.Storage;

public sealed class StoreProvidersTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_registered_provider_opens_the_store_urls_it_claims()
    {
        StoreProviders.Register(new RedirectingProvider(_folder.Path));

        await using var client = await ModelplaneClient.OpenAsync("redirect-test://anything");
        await client.CreateVersionAsync("via-provider");

        Assert.True(File.Exists(Path.Combine(_folder.Path, SqliteStoreProvider.DatabaseFileName)));
        Assert.IsType<SqliteStoreProvider>(StoreProviders.For(_folder.Path));
    }

    // Claims its own scheme only, so registering it process-wide cannot affect other tests.
    private sealed class RedirectingProvider(string folder) : IStoreProvider
    {
        public bool CanOpen(string store) => store.StartsWith("redirect-test://", StringComparison.Ordinal);

        public OpenedStore Open(string store) => new SqliteStoreProvider().Open(folder);
    }
}

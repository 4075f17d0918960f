using Modelplane.Storage;
using Modelplane.Storage.Sqlite;

namespace Modelplane.Tests.Storage;

/// <summary>The store conformance suite on the embedded SQLite store, one fresh database file per test.</summary>
public sealed class SqliteMetadataStoreTests : MetadataStoreConformanceTests
{
    private readonly TempFolder _folder = new();

    protected override Task<IMetadataStore> CreateStoreAsync() =>
        Task.FromResult(new SqliteStoreProvider().Open(_folder.Path).MetadataStore);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}

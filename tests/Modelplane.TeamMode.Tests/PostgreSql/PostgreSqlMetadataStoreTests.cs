using Modelplane.Storage;
using Modelplane.TeamMode.Tests.Infrastructure;
using Modelplane.Tests.Storage;

namespace Modelplane.TeamMode.Tests.PostgreSql;

/// <summary>The store conformance suite (shared with the SQLite store) on PostgreSQL, in a fresh database for this class.</summary>
[RequiresService(TestService.PostgreSql)]
public sealed class PostgreSqlMetadataStoreTests(PostgreSqlDatabase database) : MetadataStoreConformanceTests, IClassFixture<PostgreSqlDatabase>
{
    protected override Task<IMetadataStore> CreateStoreAsync() => Task.FromResult(database.OpenStore());
}

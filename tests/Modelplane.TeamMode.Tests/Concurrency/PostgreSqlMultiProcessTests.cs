using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.Concurrency;

/// <summary>The multi-process tests on one PostgreSQL database, artifacts in a shared folder.</summary>
[RequiresService(TestService.PostgreSql)]
public sealed class PostgreSqlMultiProcessTests(PostgreSqlDatabase database) : MultiProcessStoreTests, IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreUnderTest Store => new(database.ConnectionString, Path.Combine(_folder.Path, "artifacts"));

    public void Dispose() => _folder.Dispose();
}

using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.BadInput;

/// <summary>Hostile input on PostgreSQL.</summary>
[RequiresService(TestService.PostgreSql)]
public sealed class PostgreSqlHostileInputTests(PostgreSqlDatabase database) : HostileInputTests, IClassFixture<PostgreSqlDatabase>, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreUnderTest Store => new(database.ConnectionString, Path.Combine(_folder.Path, "artifacts"));

    public void Dispose() => _folder.Dispose();
}

using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.BadInput;

/// <summary>Hostile input on the embedded SQLite store.</summary>
public sealed class SqliteHostileInputTests : HostileInputTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreUnderTest Store => new(Path.Combine(_folder.Path, "store"), Path.Combine(_folder.Path, "store", "artifacts"));

    public void Dispose() => _folder.Dispose();
}

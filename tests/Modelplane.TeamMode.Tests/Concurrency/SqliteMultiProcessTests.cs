using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.Concurrency;

/// <summary>The multi-process tests on one embedded SQLite file.</summary>
public sealed class SqliteMultiProcessTests : MultiProcessStoreTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreUnderTest Store => new(Path.Combine(_folder.Path, "store"), Path.Combine(_folder.Path, "store", "artifacts"));

    public void Dispose() => _folder.Dispose();
}

namespace Modelplane.Registry.Bench;

/// <summary>
/// Writes many rows into one table of the Modelplane schema in one go. Values are CLR values
/// (Guid, DateTimeOffset, string, int, long, null); each writer stores them as its store does.
/// </summary>
internal interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows);

    Task CommitAsync();
}

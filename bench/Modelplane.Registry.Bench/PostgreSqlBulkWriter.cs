using Npgsql;
using NpgsqlTypes;

namespace Modelplane.Registry.Bench;

/// <summary>One transaction of binary COPYs: the fast bulk path PostgreSQL offers.</summary>
internal sealed class PostgreSqlBulkWriter : IBulkWriter
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private PostgreSqlBulkWriter(NpgsqlConnection connection)
    {
        _connection = connection;
        _transaction = connection.BeginTransaction();
    }

    public static async Task<PostgreSqlBulkWriter> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return new PostgreSqlBulkWriter(connection);
    }

    public async Task WriteAsync(string table, string[] columns, IEnumerable<object?[]> rows)
    {
        await using var importer = await _connection.BeginBinaryImportAsync($"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await importer.StartRowAsync();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: await importer.WriteNullAsync(); break;
                    case Guid id: await importer.WriteAsync(id, NpgsqlDbType.Uuid); break;
                    case DateTimeOffset time: await importer.WriteAsync(time.ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
                    case string text: await importer.WriteAsync(text, NpgsqlDbType.Text); break;
                    case int number: await importer.WriteAsync(number, NpgsqlDbType.Integer); break;
                    case long number: await importer.WriteAsync(number, NpgsqlDbType.Bigint); break;
                    default: throw new ArgumentException($"No COPY mapping for {value.GetType()} in table {table}.");
                }
            }
        }

        await importer.CompleteAsync();
    }

    public Task CommitAsync() => _transaction.CommitAsync();

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}

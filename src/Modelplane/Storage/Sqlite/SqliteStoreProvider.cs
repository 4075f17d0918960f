using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Storage.Providers;
using Modelplane.Storage.Sql;

namespace Modelplane.Storage.Sqlite;

/// <summary>
/// Opens the embedded store. A folder path means <c>&lt;folder&gt;/modelplane.db</c> with artifacts in
/// <c>&lt;folder&gt;/artifacts</c>; <c>sqlite:&lt;file&gt;</c> names the database file, with artifacts in
/// an <c>artifacts</c> folder beside it. Folders are created on first use.
/// </summary>
public sealed partial class SqliteStoreProvider : IStoreProvider
{
    /// <summary>The URL prefix naming a database file.</summary>
    public const string Scheme = "sqlite:";

    /// <summary>The database file name inside a store folder.</summary>
    public const string DatabaseFileName = "modelplane.db";

    /// <summary>The artifact folder name inside a store folder.</summary>
    public const string ArtifactFolderName = "artifacts";

    /// <summary>Creates the provider with the <see cref="SqliteDialect.DefaultBusyTimeout"/>.</summary>
    public SqliteStoreProvider()
        : this(SqliteDialect.DefaultBusyTimeout)
    {
    }

    /// <summary>Creates a provider whose stores wait up to <paramref name="busyTimeout"/> (at least one second) for another process's write lock.</summary>
    public SqliteStoreProvider(TimeSpan busyTimeout)
    {
        Dialect = new SqliteDialect(busyTimeout);
    }

    private SqliteDialect Dialect { get; }

    /// <inheritdoc />
    public bool CanOpen(string store) =>
        !store.Contains("://", StringComparison.Ordinal) && !ConnectionStringLike().IsMatch(store);

    // "Host=...;Username=..." is a server connection string, never a folder name.
    [GeneratedRegex(@"^\s*[A-Za-z][A-Za-z ]*=")]
    private static partial Regex ConnectionStringLike();

    /// <inheritdoc />
    public OpenedStore Open(string store)
    {
        var databasePath = DatabasePath(store);
        var folder = Path.GetDirectoryName(databasePath)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelplaneException($"Cannot create the Modelplane store folder '{folder}': {e.Message}", e);
        }

        var connectionString = SqliteDialect.ConnectionString(databasePath, Dialect.BusyTimeout);
        var metadata = new SqlMetadataStore(Dialect, () => new SqliteConnection(connectionString), $"{Scheme}{databasePath}");
        return new OpenedStore(metadata, new LocalArtifactStore(Path.Combine(folder, ArtifactFolderName)));
    }

    /// <summary>The database file a store URL points to.</summary>
    public static string DatabasePath(string store)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        if (store.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            var file = store[Scheme.Length..];
            if (file.Length == 0)
            {
                throw new ValidationException($"The store URL '{store}' names no file; write sqlite:<path to .db file> or give a folder path.");
            }

            return Path.GetFullPath(file);
        }

        return Path.GetFullPath(Path.Combine(store, DatabaseFileName));
    }
}

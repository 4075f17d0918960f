using Modelplane.Cli.Hosting;
using Modelplane.Storage.Sqlite;

namespace Modelplane.Cli.Store;

/// <summary>
/// Finds the store a command works on: <c>--store</c>, else <c>$MODELPLANE_STORE</c>, else a
/// <c>.modelplane/</c> folder in the working directory or one of its parents.
/// </summary>
/// <remarks>
/// The library creates a store on first use; the tool never does for a local path, so a mistyped
/// path is an error instead of a new, empty store.
/// </remarks>
internal static class StoreLocator
{
    /// <summary>The store URL to open; throws a <see cref="CliException"/> (not found) when there is none.</summary>
    public static string Locate(string? storeOption, CliContext context)
    {
        if (!string.IsNullOrWhiteSpace(storeOption))
        {
            return Existing(storeOption, "--store", context);
        }

        var variable = ModelplaneClient.StoreEnvironmentVariable;
        if (context.GetEnvironmentVariable(variable) is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Existing(fromEnvironment, $"${variable}", context);
        }

        for (var folder = new DirectoryInfo(context.WorkingDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ModelplaneClient.DefaultStoreFolder);
            if (File.Exists(Path.Combine(candidate, SqliteStoreProvider.DatabaseFileName)))
            {
                return candidate;
            }
        }

        throw new CliException(
            ExitCodes.NotFound,
            $"No Modelplane store found: there is no {ModelplaneClient.DefaultStoreFolder}/ folder with a {SqliteStoreProvider.DatabaseFileName} in '{context.WorkingDirectory}' or its parents, " +
            $"and neither --store nor ${variable} is set. Run the command inside a project whose pipelines have run, " +
            $"or point at a store: --store <folder | sqlite:<file> | connection string>, or export {variable}=<the same>.");
    }

    private static string Existing(string store, string source, CliContext context)
    {
        if (!new SqliteStoreProvider().CanOpen(store))
        {
            // A server store: the provider reports whether it can be reached.
            return store;
        }

        var local = store.StartsWith(SqliteStoreProvider.Scheme, StringComparison.OrdinalIgnoreCase)
            ? SqliteStoreProvider.Scheme + context.FullPath(store[SqliteStoreProvider.Scheme.Length..])
            : context.FullPath(store);
        var database = SqliteStoreProvider.DatabasePath(local);
        return File.Exists(database)
            ? local
            : throw new CliException(
                ExitCodes.NotFound,
                $"There is no Modelplane store at '{SecretRedactor.Redact(store)}' (from {source}): '{database}' does not exist. " +
                "Give the .modelplane folder of a project whose pipelines have run, or sqlite:<path to modelplane.db>.");
    }
}

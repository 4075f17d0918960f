using System.Globalization;
using Modelplane.Errors;
using Modelplane.Storage;
using Modelplane.Storage.Providers;
using Modelplane.Storage.Sql;
using Npgsql;

namespace Modelplane.PostgreSql;

/// <summary>
/// Opens the metadata store on PostgreSQL from <c>postgres://user:password@host:port/database?sslmode=require</c>
/// (also <c>postgresql://</c>) or an Npgsql connection string (<c>Host=…;Database=…;Username=…</c>).
/// The password may be left out and come from <c>PGPASSWORD</c> or <c>~/.pgpass</c>, as with <c>psql</c>.
/// A database server keeps no files, so the artifact store is configured separately (a shared folder
/// or an S3 bucket: <see cref="ModelplaneClientBuilder.UseArtifactStore(string)"/> or <c>MODELPLANE_ARTIFACTS</c>).
/// </summary>
public sealed class PostgreSqlStoreProvider : IStoreProvider
{
    private static readonly string[] UrlSchemes = ["postgres://", "postgresql://"];

    // libpq's URL query parameters and the Npgsql keys they mean.
    private static readonly Dictionary<string, string> QueryParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
    };

    /// <inheritdoc />
    public bool CanOpen(string store)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (UrlSchemes.Any(scheme => store.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return store.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(pair => pair.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || pair.StartsWith("Server=", StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public OpenedStore Open(string store)
    {
        var settings = ConnectionSettings(store);
        var connectionString = settings.ConnectionString;
        var metadata = new SqlMetadataStore(new PostgreSqlDialect(), () => new NpgsqlConnection(connectionString), LocationOf(settings));
        return new OpenedStore(metadata, null);
    }

    /// <summary>The Npgsql settings a store URL or connection string stands for; throws a <see cref="ValidationException"/> (without the password) if it is malformed.</summary>
    internal static NpgsqlConnectionStringBuilder ConnectionSettings(string store)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(store);
        var settings = UrlSchemes.Any(scheme => store.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            ? FromUrl(store)
            : FromConnectionString(store);
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new ValidationException($"The PostgreSQL store '{StoreRedaction.Redact(store)}' names no host. Write postgres://user@host/database or Host=...;Database=...;Username=....");
        }

        if (string.IsNullOrWhiteSpace(settings.Database))
        {
            throw new ValidationException($"The PostgreSQL store '{StoreRedaction.Redact(store)}' names no database. Write postgres://user@host/database or add Database=... to the connection string.");
        }

        settings.ApplicationName ??= "modelplane";
        return settings;
    }

    /// <summary>Where the store is, for messages: <c>postgresql://user@host:port/database</c>, never the password.</summary>
    internal static string LocationOf(NpgsqlConnectionStringBuilder settings)
    {
        var user = string.IsNullOrEmpty(settings.Username) ? "" : $"{Uri.EscapeDataString(settings.Username)}@";
        return string.Create(CultureInfo.InvariantCulture, $"postgresql://{user}{settings.Host}:{settings.Port}/{settings.Database}");
    }

    private static NpgsqlConnectionStringBuilder FromConnectionString(string store)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(store);
        }
        catch (ArgumentException e)
        {
            // Npgsql's message quotes the offending key, never a value.
            throw new ValidationException($"The PostgreSQL connection string '{StoreRedaction.Redact(store)}' is not valid: {e.Message}");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string store)
    {
        if (!Uri.TryCreate(store, UriKind.Absolute, out var url) || string.IsNullOrEmpty(url.Host))
        {
            throw new ValidationException($"The PostgreSQL URL '{StoreRedaction.Redact(store)}' is not valid. Write postgres://user:password@host:port/database.");
        }

        var settings = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (!url.IsDefaultPort && url.Port > 0)
        {
            settings.Port = url.Port;
        }

        if (url.UserInfo.Length > 0)
        {
            var colon = url.UserInfo.IndexOf(':', StringComparison.Ordinal);
            settings.Username = Uri.UnescapeDataString(colon < 0 ? url.UserInfo : url.UserInfo[..colon]);
            if (colon >= 0)
            {
                settings.Password = Uri.UnescapeDataString(url.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (!QueryParameters.TryGetValue(name, out var key))
            {
                throw new ValidationException(
                    $"The PostgreSQL URL '{StoreRedaction.Redact(store)}' has the parameter '{name}', which Modelplane does not pass on. Known: {string.Join(", ", QueryParameters.Keys)}; for anything else use a connection string (Host=...;...).");
            }

            try
            {
                settings[key] = value;
            }
            catch (ArgumentException e)
            {
                throw new ValidationException($"The PostgreSQL URL '{StoreRedaction.Redact(store)}' has an invalid value for '{name}': {e.Message}");
            }
        }

        return settings;
    }
}

using Modelplane.Errors;
using Modelplane.PostgreSql;
using Npgsql;

namespace Modelplane.TeamMode.Tests.Stores;

/// <summary>Which store strings the PostgreSQL provider takes, what they mean, and that malformed ones fail without showing the password.</summary>
public sealed class PostgreSqlStoreUrlTests
{
    private readonly PostgreSqlStoreProvider _provider = new();

    [Theory]
    [InlineData("postgres://ml@db/models")]
    [InlineData("postgresql://ml:pw@db:6543/models")]
    [InlineData("Host=db;Database=models;Username=ml")]
    [InlineData("Server=db;Database=models")]
    [InlineData("Database=models; host=db")]
    public void PostgreSql_urls_and_connection_strings_are_claimed(string store) =>
        Assert.True(_provider.CanOpen(store));

    [Theory]
    [InlineData("/home/me/.modelplane")]
    [InlineData(".modelplane")]
    [InlineData("sqlite:/data/modelplane.db")]
    [InlineData("s3://bucket/prefix")]
    [InlineData("Data Source=x.db")]
    public void Other_stores_are_left_to_other_providers(string store) =>
        Assert.False(_provider.CanOpen(store));

    [Fact]
    public void A_url_becomes_the_equivalent_connection_settings()
    {
        var settings = PostgreSqlStoreProvider.ConnectionSettings("postgres://ml%40corp:p%40ss%3Aword@db.internal:6543/models?sslmode=require&application_name=trainer");

        Assert.Equal("db.internal", settings.Host);
        Assert.Equal(6543, settings.Port);
        Assert.Equal("models", settings.Database);
        Assert.Equal("ml@corp", settings.Username);
        Assert.Equal("p@ss:word", settings.Password);
        Assert.Equal(SslMode.Require, settings.SslMode);
        Assert.Equal("trainer", settings.ApplicationName);
    }

    [Fact]
    public void A_url_without_a_password_leaves_it_to_pgpassword_or_pgpass()
    {
        var settings = PostgreSqlStoreProvider.ConnectionSettings("postgresql://ml@db/models");

        Assert.Null(settings.Password);
        Assert.Equal(5432, settings.Port);
    }

    [Fact]
    public void The_location_shown_in_messages_has_no_password()
    {
        using var store = _provider.Open("Host=db.internal;Port=6543;Username=ml;Password=TopSecret1;Database=models").MetadataStore;

        Assert.Equal("postgresql://ml@db.internal:6543/models", store.Location);
    }

    [Theory]
    [InlineData("postgres://ml:TopSecret1@db/models?sslmod=require", "sslmod")]
    [InlineData("postgres://ml:TopSecret1@db/", "names no database")]
    [InlineData("Host=db;Password=TopSecret1;Databse=models", "not valid")]
    [InlineData("Host=db;Password=TopSecret1", "names no database")]
    public void Malformed_stores_fail_with_a_clear_message_without_the_password(string store, string expected)
    {
        var error = Assert.Throws<ValidationException>(() => _provider.Open(store));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("TopSecret1", error.ToString());
    }
}

using Modelplane.Cli.Store;

namespace Modelplane.Cli.Tests.Store;

public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("Host=db;Username=ml;Password=hunter2;Database=mp", "Host=db;Username=ml;Password=***;Database=mp")]
    [InlineData("Host=db;pwd = 'hunter2'", "Host=db;pwd=***")]
    [InlineData("postgres://ml:hunter2@db:5432/mp", "postgres://ml:***@db:5432/mp")]
    [InlineData("/home/me/project/.modelplane", "/home/me/project/.modelplane")]
    public void Passwords_are_masked_and_everything_else_is_kept(string store, string expected) =>
        Assert.Equal(expected, SecretRedactor.Redact(store));
}

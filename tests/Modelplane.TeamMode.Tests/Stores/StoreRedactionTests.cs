using Modelplane.Storage;

namespace Modelplane.TeamMode.Tests.Stores;

/// <summary>Credentials never survive <see cref="StoreRedaction.Redact"/>; everything that locates the store does.</summary>
public sealed class StoreRedactionTests
{
    [Theory]
    [InlineData("postgres://ml:s3cret@db.internal:5432/models", "postgres://ml:***@db.internal:5432/models")]
    [InlineData("postgresql://ml:p%40ss%3Aword@db/models?sslmode=require", "postgresql://ml:***@db/models?sslmode=require")]
    [InlineData("Host=db;Username=ml;Password=s3cret;Database=models", "Host=db;Username=ml;Password=***;Database=models")]
    [InlineData("Host=db;PWD = s3cret ;Database=models", "Host=db;PWD = *** ;Database=models")]
    [InlineData("Host=db;Password='s3;cret';Database=models", "Host=db;Password=***;Database=models")]
    [InlineData("https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=abc123", "https://b.s3.amazonaws.com/k?X-Amz-Credential=***&X-Amz-Signature=***")]
    [InlineData("aws_secret_access_key=wJalrXUtnFEMI SecretKey: wJalrXUtnFEMI", "aws_secret_access_key=*** SecretKey: ***")]
    [InlineData("Cannot open postgres://u:pw@h/db: timeout", "Cannot open postgres://u:***@h/db: timeout")]
    public void Secrets_are_masked_and_the_rest_is_kept(string text, string expected) =>
        Assert.Equal(expected, StoreRedaction.Redact(text));

    [Theory]
    [InlineData("/home/me/project/.modelplane")]
    [InlineData("sqlite:/data/modelplane.db")]
    [InlineData("s3://ml-artifacts/team")]
    [InlineData("postgres://ml@db/models")]
    [InlineData("Host=db;Username=ml;Database=models")]
    public void Text_without_secrets_is_unchanged(string text) =>
        Assert.Equal(text, StoreRedaction.Redact(text));

    [Fact]
    public void Nothing_redacts_to_nothing()
    {
        Assert.Equal("", StoreRedaction.Redact(null));
        Assert.Equal("", StoreRedaction.Redact(""));
    }
}

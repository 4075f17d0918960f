namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>A server some tests need.</summary>
public enum TestService
{
    /// <summary>PostgreSQL (<c>MODELPLANE_TEST_POSTGRES</c>).</summary>
    PostgreSql,

    /// <summary>An S3-compatible server (<c>MODELPLANE_TEST_S3</c>).</summary>
    S3,
}

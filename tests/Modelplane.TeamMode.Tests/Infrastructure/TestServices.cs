namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>
/// The servers the team-mode tests use, from the environment that <c>.ci/postgres.sh</c> and
/// <c>.ci/s3.sh</c> set up. Without them the tests that need them are skipped with a message, unless
/// <see cref="RequireVariable"/> is 1 (CI), where a missing server is a failure.
/// </summary>
internal static class TestServices
{
    public const string PostgreSqlVariable = "MODELPLANE_TEST_POSTGRES";
    public const string S3Variable = "MODELPLANE_TEST_S3";
    public const string RequireVariable = "MODELPLANE_TEST_REQUIRE_SERVICES";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>The connection string of a PostgreSQL server where the role may create databases.</summary>
    public static string? PostgreSql => Value(PostgreSqlVariable);

    /// <summary>The URL of an S3-compatible server (s3rver accepts any credentials).</summary>
    public static string? S3 => Value(S3Variable);

    public static string PostgreSqlSkipReason =>
        $"PostgreSQL tests skipped: set {PostgreSqlVariable} to a connection string of a role with CREATEDB (see .ci/postgres.sh), e.g. Host=127.0.0.1;Username=modelplane;Password=modelplane;Database=modelplane_test.";

    public static string S3SkipReason =>
        $"S3 tests skipped: set {S3Variable} to the URL of an S3-compatible server (see .ci/s3.sh), e.g. http://127.0.0.1:4569.";

    /// <summary>The skip reason for a test needing <paramref name="service"/>, or <see langword="null"/> when it can run (or must, under <see cref="RequireVariable"/>).</summary>
    public static string? SkipReason(TestService service)
    {
        if (Required)
        {
            return null;
        }

        return service switch
        {
            TestService.PostgreSql when PostgreSql is null => PostgreSqlSkipReason,
            TestService.S3 when S3 is null => S3SkipReason,
            _ => null,
        };
    }

    /// <summary>The PostgreSQL connection string, or an exception saying why it is missing (only reached when the tests must run).</summary>
    public static string RequirePostgreSql() => PostgreSql ?? throw new InvalidOperationException(
        $"{RequireVariable}=1 but {PostgreSqlVariable} is not set: start PostgreSQL with .ci/postgres.sh (start_postgres) before running the tests.");

    /// <summary>The S3 server URL, or an exception saying why it is missing.</summary>
    public static string RequireS3() => S3 ?? throw new InvalidOperationException(
        $"{RequireVariable}=1 but {S3Variable} is not set: start s3rver with .ci/s3.sh (start_s3) before running the tests.");

    private static string? Value(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Commands;

public sealed class UsageTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("model", "lst")]
    [InlineData("model")]
    [InlineData("model", "list", "--no-such-option")]
    [InlineData("model", "version", "update", "churn")]
    public async Task A_wrong_command_line_exits_2_and_points_to_help(params string[] args)
    {
        var result = (await CliRunner.RunAsync(_folder.Path, null, args)).ExpectExit(2);

        Assert.Contains("--help", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_documents_exit_codes_and_store_discovery()
    {
        var result = (await CliRunner.RunAsync(_folder.Path, null, "--help")).ExpectExit(0);

        Assert.Contains("Exit codes:", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("4 conflict", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(ModelplaneClient.StoreEnvironmentVariable, result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("modelplane", result.StandardOutput, StringComparison.Ordinal);
    }
}

using System.Text.Json;

namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>What one run of the command line returned and wrote.</summary>
public sealed record CliResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() => $"`modelplane {CommandLine}` exited with {ExitCode}.\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

    /// <summary>Fails the test with the full output unless the exit code is <paramref name="expected"/>.</summary>
    public CliResult ExpectExit(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected}. {Describe()}");
        return this;
    }

    /// <summary>Standard output parsed as JSON, after checking the command succeeded.</summary>
    public JsonElement Json()
    {
        ExpectExit(0);
        using var document = JsonDocument.Parse(StandardOutput);
        return document.RootElement.Clone();
    }
}

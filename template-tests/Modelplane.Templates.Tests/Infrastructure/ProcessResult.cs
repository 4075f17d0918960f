namespace Modelplane.Templates.Tests.Infrastructure;

/// <summary>The outcome of one finished <c>dotnet</c> command.</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory} exited with {ExitCode}.\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";

    /// <summary>Fails the test with the full output unless the command exited with 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, Describe());
        return this;
    }
}

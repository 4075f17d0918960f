using Modelplane.Testing;

namespace Modelplane.Templates.Tests.Infrastructure;

/// <summary>Runs the <c>dotnet</c> command line in a child process, with a time limit and without build servers.</summary>
internal static class Dotnet
{
    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var outcome = await ChildProcess.RunAsync("dotnet", arguments, workingDirectory, environment, timeout ?? TimeSpan.FromMinutes(5));
        return new ProcessResult(outcome.CommandLine, workingDirectory, outcome.ExitCode, outcome.StandardOutput, outcome.StandardError);
    }
}

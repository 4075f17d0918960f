using Modelplane.Testing;

namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>Runs a child process with standard input closed (no terminal) and a time limit.</summary>
internal static class ProcessRunner
{
    public static async Task<CliResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        // The tool must find its store from its own arguments and folder, never from the test runner's environment.
        var outcome = await ChildProcess.RunAsync(
            fileName, arguments, workingDirectory, environment, timeout ?? TimeSpan.FromMinutes(1), [ModelplaneClient.StoreEnvironmentVariable]);
        return new CliResult(outcome.CommandLine, outcome.ExitCode, outcome.StandardOutput, outcome.StandardError);
    }

    /// <summary>The built tool next to the test assembly (the test project references it).</summary>
    public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "Modelplane.Cli.dll");

    /// <summary>Runs the built <c>modelplane</c> tool as its own process.</summary>
    public static Task<CliResult> RunToolAsync(string workingDirectory, params string[] args) =>
        RunAsync("dotnet", [ToolPath, .. args], workingDirectory);
}

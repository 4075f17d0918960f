using System.Diagnostics;

namespace Modelplane.Testing;

/// <summary>
/// Runs a child process the way the test suites need it: standard input closed (no terminal, so a
/// command that asks gets end-of-input instead of waiting), no MSBuild or compiler servers left
/// behind, none of `dotnet test`'s own MSBuild variables, and a time limit that fails the test.
/// Shared as source by the test projects (tests/Shared).
/// </summary>
internal static class ChildProcess
{
    // Set by `dotnet test`; they would point a child dotnet at the parent's MSBuild.
    private static readonly string[] InheritedVariablesToDrop =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "VSTEST_HOST_DEBUG", "VSTEST_RUNNER_DEBUG",
    ];

    /// <summary>The outcome of a finished process.</summary>
    public sealed record Outcome(string CommandLine, int ExitCode, string StandardOutput, string StandardError);

    /// <summary>Runs <paramref name="fileName"/> to its end; <paramref name="environment"/> is applied last, so it may override anything.</summary>
    /// <param name="dropVariables">More inherited variables to remove from the child's environment.</param>
    public static async Task<Outcome> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment,
        TimeSpan timeout,
        IEnumerable<string>? dropVariables = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToDrop.Concat(dropVariables ?? []))
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = $"{fileName} {string.Join(' ', startInfo.ArgumentList.Select(a => a.Contains(' ') ? $"\"{a}\"" : a))}";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {commandLine}.");
        process.StandardInput.Close();
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"`{commandLine}` in {workingDirectory} did not finish within {timeout} (without a terminal it must never wait for input).\n{await standardOutput}\n{await standardError}");
        }

        return new Outcome(commandLine, process.ExitCode, await standardOutput, await standardError);
    }
}

using System.Diagnostics;

namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>Runs a child process with standard input closed (no terminal) and a time limit.</summary>
internal static class ProcessRunner
{
    // Set by `dotnet test`; they would point a child dotnet at the parent's MSBuild.
    private static readonly string[] InheritedVariablesToDrop =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "VSTEST_HOST_DEBUG", "VSTEST_RUNNER_DEBUG",
    ];

    public static async Task<CliResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
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

        foreach (var name in InheritedVariablesToDrop)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment.Remove(ModelplaneClient.StoreEnvironmentVariable);
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        startInfo.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        var commandLine = $"{fileName} {string.Join(' ', startInfo.ArgumentList)}";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {commandLine}.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(1);
        using var cancellation = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"`{commandLine}` did not finish within {limit} (it must never wait for input without a terminal).\n{await output}\n{await error}");
        }

        return new CliResult(commandLine, process.ExitCode, await output, await error);
    }

    /// <summary>The built tool next to the test assembly (the test project references it).</summary>
    public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "Modelplane.Cli.dll");

    /// <summary>Runs the built <c>modelplane</c> tool as its own process.</summary>
    public static Task<CliResult> RunToolAsync(string workingDirectory, params string[] args) =>
        RunAsync("dotnet", [ToolPath, .. args], workingDirectory);
}

using System.Diagnostics;

namespace Modelplane.Cli.Init;

/// <summary>Runs <c>dotnet new</c> as a child process, optionally against a private template hive.</summary>
internal static class DotnetNew
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Result> RunAsync(IEnumerable<string> arguments, string? hive, string workingDirectory, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add("new");
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (hive is not null)
        {
            startInfo.ArgumentList.Add("--debug:custom-hive");
            startInfo.ArgumentList.Add(Path.GetFullPath(hive, workingDirectory));
        }

        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start 'dotnet'. Is the .NET SDK on the PATH?");
        // dotnet new can ask questions (script post-actions); end-of-input makes it answer no instead of waiting.
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new Result(process.ExitCode, await output, await error);
    }
}

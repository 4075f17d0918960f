using Modelplane.Cli.Hosting;
using Spectre.Console;

namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>Runs the command line in this process with captured output, no terminal and a chosen environment.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Wide enough that table cells are not wrapped, so assertions can look for whole values.
        console.Profile.Width = 250;
        var context = new CliContext
        {
            Console = console,
            Output = output,
            Error = error,
            IsInteractive = false,
            WorkingDirectory = workingDirectory,
            GetEnvironmentVariable = name => environment?.GetValueOrDefault(name),
        };
        var exitCode = await CliApplication.RunAsync(args, context);
        return new CliResult(string.Join(' ', args), exitCode, output.ToString(), error.ToString());
    }
}

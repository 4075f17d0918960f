using Spectre.Console;

namespace Modelplane.Cli.Hosting;

/// <summary>
/// Where a command reads and writes: the real terminal for the tool, captured writers in tests.
/// JSON goes to <see cref="Output"/> unformatted, so Spectre never wraps or styles it.
/// </summary>
internal sealed class CliContext
{
    /// <summary>Tables, messages and prompts.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>Standard output for machine-readable text (JSON).</summary>
    public required TextWriter Output { get; init; }

    /// <summary>Standard error for error messages.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Whether a person can answer questions: standard input and output are a terminal.</summary>
    public required bool IsInteractive { get; init; }

    /// <summary>The folder store discovery starts from and relative paths are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Reads an environment variable (replaceable so tests do not touch the process environment).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The context of the running tool: the process's console and environment.</summary>
    public static CliContext ForProcess() => new()
    {
        Console = AnsiConsole.Console,
        Output = System.Console.Out,
        Error = System.Console.Error,
        IsInteractive = !System.Console.IsInputRedirected && !System.Console.IsOutputRedirected,
    };

    /// <summary>Resolves <paramref name="path"/> against <see cref="WorkingDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}

using System.CommandLine;
using System.CommandLine.Help;
using Modelplane.Cli.Commands;
using Modelplane.Cli.Hosting;
using Modelplane.Cli.Store;
using Modelplane.Errors;

namespace Modelplane.Cli;

/// <summary>The <c>modelplane</c> command line: builds the command tree, runs a command, maps errors to exit codes.</summary>
internal static class CliApplication
{
    private const string Description =
        "modelplane: the Modelplane model control plane from a terminal (models, versions, stages, runs, artifacts), and `modelplane init` for a new project.\n\n" +
        "Store: --store <folder | sqlite:<file> | connection string>, else $" + ModelplaneClient.StoreEnvironmentVariable +
        ", else the .modelplane/ folder in the current directory or the nearest parent that has one.\n\n" +
        ExitCodes.Summary + "\n\nFull reference: docs/cli.md";

    /// <summary>Runs the tool on the process's console.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, CliContext.ForProcess());

    /// <summary>Runs one command line in <paramref name="context"/> and returns its exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var runtime = new CommandRuntime(context);
        // A plain command named after the tool: RootCommand takes its name from the executable (Modelplane.Cli).
        var root = new Command("modelplane", Description)
        {
            new HelpOption(),
            new VersionOption(),
            ModelCommands.Create(runtime),
            RunCommands.Create(runtime),
            ArtifactCommands.Create(runtime),
            InitCommand.Create(runtime),
        };
        root.Options.Add(runtime.StoreOption);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await context.Error.WriteLineAsync($"Error: {error.Message}");
            }

            await context.Error.WriteLineAsync($"Run 'modelplane {string.Join(' ', CommandPath(parse))} --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e)
        {
            await context.Error.WriteLineAsync($"Error: {Redacted(e.Message, parse, runtime)}");
            return ExitCodeOf(e);
        }
    }

    /// <summary>The exit code an error ends the tool with.</summary>
    internal static int ExitCodeOf(Exception error) => error switch
    {
        CliException cli => cli.ExitCode,
        NotFoundException => ExitCodes.NotFound,
        StageConflictException => ExitCodes.Conflict,
        ValidationException => ExitCodes.Usage,
        _ => ExitCodes.Error,
    };

    // A message may quote the store the user gave; its password must not reach the terminal or a CI log.
    private static string Redacted(string message, ParseResult parse, CommandRuntime runtime)
    {
        var redacted = SecretRedactor.Redact(message);
        return parse.GetValue(runtime.StoreOption) is { Length: > 0 } store && store != SecretRedactor.Redact(store)
            ? redacted.Replace(store, SecretRedactor.Redact(store), StringComparison.Ordinal)
            : redacted;
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var path = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            path.Insert(0, result.Command.Name);
        }

        return path;
    }
}

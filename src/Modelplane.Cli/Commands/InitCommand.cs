using System.CommandLine;
using Modelplane.Cli.Hosting;
using Modelplane.Cli.Init;
using Spectre.Console;

namespace Modelplane.Cli.Commands;

/// <summary><c>modelplane init --template e2e-batch [-o DIR] [--defaults]</c>: ask the template's options, then run <c>dotnet new</c>.</summary>
internal static class InitCommand
{
    public static Command Create(CommandRuntime runtime)
    {
        var template = new Option<string>("--template") { Description = "The template's short name.", DefaultValueFactory = _ => "e2e-batch" };
        var output = new Option<string?>("--output", "-o") { Description = "The folder to create the project in (default: the current folder)." };
        var defaults = new Option<bool>("--defaults") { Description = "Ask nothing; use every option's default. Also the behaviour without a terminal." };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not restore the new project's packages." };
        var hive = new Option<string?>("--debug-hive") { Description = "Read and run the template from this private template hive (dotnet new --debug:custom-hive), for tests.", Hidden = true };
        var command = new Command(
            "init",
            "Create a project from a Modelplane template, asking each template option in turn (choices as a list, yes/no for switches, defaults shown). " +
            $"The answers are saved in the project as {AnswersFile.FileName}.")
        {
            template, output, defaults, noRestore, hive,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var context = runtime.Context;
            var shortName = parse.GetRequiredValue(template);
            var hiveFolder = parse.GetValue(hive);
            var options = await InstalledTemplateReader.ReadAsync(shortName, hiveFolder, context, cancellationToken);
            var interactive = context.IsInteractive && !parse.GetValue(defaults);
            if (interactive)
            {
                context.Console.MarkupLine($"Creating a project from [bold]{Markup.Escape(shortName)}[/]. Press Enter to keep a default.");
            }

            var answers = interactive ? TemplateQuestionnaire.Ask(context.Console, options) : TemplateQuestionnaire.Defaults(options);
            foreach (var (name, value) in answers)
            {
                if (TemplateAnswerRules.Problem(options.First(o => o.Name == name), value) is { } problem)
                {
                    throw new CliException(ExitCodes.Usage, $"The template's default is not valid: {problem}");
                }
            }

            var folder = context.FullPath(parse.GetValue(output) ?? ".");
            var arguments = new List<string> { shortName, "-o", folder };
            foreach (var option in options.Where(o => answers.TryGetValue(o.Name, out var value) && value.Length > 0))
            {
                arguments.Add("--" + option.LongName);
                arguments.Add(answers[option.Name]);
            }

            if (parse.GetValue(noRestore))
            {
                arguments.Add("--no-restore");
            }

            context.Console.MarkupLine($"Running: dotnet new {Markup.Escape(string.Join(' ', arguments.Select(a => a.Contains(' ') ? $"\"{a}\"" : a)))}");
            var result = await DotnetNew.RunAsync(arguments, hiveFolder, context.WorkingDirectory, cancellationToken);
            if (result.ExitCode != 0)
            {
                throw new CliException(ExitCodes.Error, $"dotnet new failed with exit code {result.ExitCode}:\n{result.StandardOutput}{result.StandardError}".TrimEnd());
            }

            await context.Output.WriteAsync(result.StandardOutput);
            var answersPath = await AnswersFile.WriteAsync(folder, shortName, answers, cancellationToken);
            context.Console.MarkupLine($"[green]Created[/] {Markup.Escape(folder)}; answers saved to {Markup.Escape(answersPath)}.");
            context.Console.MarkupLine($"Next: cd {Markup.Escape(folder)}, read README.md, and run the training pipeline.");
            return ExitCodes.Success;
        });
        return command;
    }
}

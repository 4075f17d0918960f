using Spectre.Console;

namespace Modelplane.Cli.Init;

/// <summary>Asks a template's options one by one on the terminal, defaults shown; or takes every default.</summary>
internal static class TemplateQuestionnaire
{
    /// <summary>The answers, by option name, in template order; only the options that apply.</summary>
    public static Dictionary<string, string> Ask(IAnsiConsole console, IReadOnlyList<TemplateOption> options)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in options.Where(o => TemplateAnswerRules.IsAsked(o, answers)))
        {
            answers[option.Name] = option.Kind switch
            {
                TemplateOptionKind.Choice => AskChoice(console, option),
                TemplateOptionKind.Bool => AskBool(console, option),
                _ => AskText(console, option),
            };
        }

        return answers;
    }

    /// <summary>Every option's default (the ones that apply), for <c>--defaults</c> and for runs without a terminal.</summary>
    public static Dictionary<string, string> Defaults(IReadOnlyList<TemplateOption> options)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in options.Where(o => TemplateAnswerRules.IsAsked(o, answers)))
        {
            answers[option.Name] = option.DefaultValue;
        }

        return answers;
    }

    private static string Title(TemplateOption option) =>
        $"[bold]{Markup.Escape(option.DisplayName)}[/] [grey]({Markup.Escape(option.Description)})[/]";

    private static string AskChoice(IAnsiConsole console, TemplateOption option)
    {
        var prompt = new SelectionPrompt<TemplateChoice>()
            .Title(Title(option))
            .UseConverter(c => Markup.Escape($"{c.Value}: {c.DisplayName}{(c.Value == option.DefaultValue ? " (default)" : "")}"))
            .AddChoices(option.Choices);
        if (option.Choices.FirstOrDefault(c => c.Value == option.DefaultValue) is { } defaultChoice)
        {
            prompt.DefaultValue(defaultChoice);
        }

        var chosen = console.Prompt(prompt);
        // The selection list disappears once answered; keep the answer visible.
        console.MarkupLine($"[bold]{Markup.Escape(option.DisplayName)}:[/] {Markup.Escape(chosen.Value)}");
        return chosen.Value;
    }

    private static string AskBool(IAnsiConsole console, TemplateOption option)
    {
        var answer = console.Prompt(new ConfirmationPrompt(Title(option)) { DefaultValue = option.DefaultValue == "true" });
        return answer ? "true" : "false";
    }

    private static string AskText(IAnsiConsole console, TemplateOption option)
    {
        var prompt = new TextPrompt<string>(Title(option))
            .Validate(value => TemplateAnswerRules.Problem(option, value) is { } problem
                ? ValidationResult.Error($"[red]{Markup.Escape(problem)}[/]")
                : ValidationResult.Success());
        if (option.DefaultValue.Length > 0)
        {
            prompt.DefaultValue(option.DefaultValue);
        }
        else
        {
            prompt.AllowEmpty();
        }

        return console.Prompt(prompt);
    }
}

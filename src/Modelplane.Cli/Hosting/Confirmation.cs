using Spectre.Console;

namespace Modelplane.Cli.Hosting;

/// <summary>Asks before destructive commands; never waits for input that cannot come.</summary>
internal static class Confirmation
{
    /// <summary>
    /// Returns whether to go ahead: yes with <c>--yes</c>; otherwise asks on a terminal (default no);
    /// without a terminal, throws a usage error that tells the user about <c>--yes</c>.
    /// </summary>
    public static bool Confirm(CliContext context, bool yes, string action)
    {
        if (yes)
        {
            return true;
        }

        if (!context.IsInteractive)
        {
            throw new CliException(
                ExitCodes.Usage,
                $"Refusing to {action} without confirmation: there is no terminal to ask on. Re-run with --yes to confirm.");
        }

        return context.Console.Prompt(new ConfirmationPrompt($"Really {Markup.Escape(action)}? This cannot be undone.") { DefaultValue = false });
    }
}

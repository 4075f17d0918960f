namespace Modelplane.Cli.Init;

/// <summary>One choice of a choice option.</summary>
/// <param name="Value">The value passed to <c>dotnet new</c>.</param>
/// <param name="DisplayName">How the choice is shown.</param>
internal sealed record TemplateChoice(string Value, string DisplayName);

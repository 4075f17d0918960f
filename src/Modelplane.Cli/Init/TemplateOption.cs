namespace Modelplane.Cli.Init;

/// <summary>One option of an installed template, as the template engine describes it.</summary>
/// <param name="Name">The symbol name in template.json (the key in the answers file).</param>
/// <param name="LongName">The <c>dotnet new</c> option name without dashes (from dotnetcli.host.json, else the symbol name).</param>
/// <param name="DisplayName">The question's title.</param>
/// <param name="Description">What the option does.</param>
/// <param name="Kind">Text, choice or yes/no.</param>
/// <param name="DefaultValue">The default, as text (<c>true</c>/<c>false</c> for booleans).</param>
/// <param name="Choices">The choices of a choice option, in template order.</param>
internal sealed record TemplateOption(
    string Name,
    string LongName,
    string DisplayName,
    string Description,
    TemplateOptionKind Kind,
    string DefaultValue,
    IReadOnlyList<TemplateChoice> Choices);

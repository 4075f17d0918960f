using System.Text.RegularExpressions;

namespace Modelplane.Cli.Init;

/// <summary>
/// What the template's own metadata cannot say: when a question is asked at all, and which answers are
/// valid. Mirrors ZenML's copier.yml (full name and email only for an open-source license).
/// </summary>
internal static partial class TemplateAnswerRules
{
    /// <summary>Whether <paramref name="option"/> is asked, given the answers so far.</summary>
    public static bool IsAsked(TemplateOption option, IReadOnlyDictionary<string, string> answers) => option.Name switch
    {
        "fullName" or "email" => !answers.TryGetValue("license", out var license) || license != "none",
        _ => true,
    };

    /// <summary>Why <paramref name="value"/> is not a valid answer to <paramref name="option"/>, or <see langword="null"/> if it is.</summary>
    public static string? Problem(TemplateOption option, string value) => option.Name switch
    {
        "productName" when !Identifier().IsMatch(value) =>
            $"'{value}' is not a valid product name: use letters, digits and underscores, starting with a letter (it prefixes the model, pipeline and run names).",
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}

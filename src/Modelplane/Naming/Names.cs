using System.Globalization;
using Modelplane.Errors;
using Modelplane.Models;

namespace Modelplane.Naming;

/// <summary>
/// The rules for names of models, model versions and artifacts. Names become parts of file paths,
/// URLs and CLI arguments, so they are limited to a safe alphabet and can never climb out of a folder.
/// </summary>
public static class Names
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Throws a <see cref="ValidationException"/> unless <paramref name="name"/> is a valid model name.</summary>
    public static string ValidateModelName(string? name) => ValidateSafeName(name, "model");

    /// <summary>Throws a <see cref="ValidationException"/> unless <paramref name="name"/> is a valid artifact name.</summary>
    public static string ValidateArtifactName(string? name) => ValidateSafeName(name, "artifact");

    /// <summary>
    /// Throws a <see cref="ValidationException"/> unless <paramref name="name"/> is a valid model version name:
    /// a safe name that is not a number, not a stage name or <c>latest</c>, and not a GUID (numbers, stages and ids are how versions are looked up).
    /// </summary>
    public static string ValidateVersionName(string? name, string modelName)
    {
        ValidateSafeName(name, "version");
        if (long.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            throw new ValidationException($"Version name '{name}' of model '{modelName}' is numeric; numbers are reserved for version numbers, which Modelplane assigns. Choose a name with a letter in it, or leave the name out.");
        }

        if (Stages.IsReservedWord(name!))
        {
            throw new ValidationException($"Version name '{name}' of model '{modelName}' is a stage name; 'none', 'staging', 'production', 'archived' and 'latest' are reserved for lookups. Choose another name.");
        }

        if (Guid.TryParse(name, out _))
        {
            throw new ValidationException($"Version name '{name}' of model '{modelName}' looks like an id; ids are reserved for lookups. Choose another name.");
        }

        return name!;
    }

    private static string ValidateSafeName(string? name, string what)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ValidationException($"A {what} name is required and cannot be empty.");
        }

        if (name.Length > MaxLength)
        {
            throw new ValidationException($"The {what} name '{name[..32]}...' is {name.Length} characters long; the limit is {MaxLength}.");
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                var shown = char.IsControl(c) ? $"U+{(int)c:X4}" : $"'{c}'";
                throw new ValidationException($"The {what} name '{Printable(name)}' contains {shown}; use only letters, digits, '.', '_' and '-'.");
            }
        }

        if (name[0] == '.' || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ValidationException($"The {what} name '{name}' starts with '.' or contains '..'; such names could point outside the store. Start with a letter or digit and use single dots.");
        }

        return name;
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}

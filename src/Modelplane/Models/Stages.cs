using Modelplane.Errors;

namespace Modelplane.Models;

/// <summary>Text forms of <see cref="Stage"/> (<c>none</c>, <c>staging</c>, <c>production</c>, <c>archived</c>) and the rules about them.</summary>
public static class Stages
{
    /// <summary>The word for the highest-numbered version; a lookup, never a stage a version can be moved to.</summary>
    public const string Latest = "latest";

    /// <summary>Whether at most one version of a model may hold <paramref name="stage"/> at a time.</summary>
    public static bool IsExclusive(Stage stage) => stage is Stage.Staging or Stage.Production;

    /// <summary>The lower-case text form stored and shown for <paramref name="stage"/>.</summary>
    public static string ToText(Stage stage) => stage switch
    {
        Stage.None => "none",
        Stage.Staging => "staging",
        Stage.Production => "production",
        Stage.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown stage."),
    };

    /// <summary>Reads a stage name (case-insensitive); <see langword="false"/> for anything else, including <c>latest</c>.</summary>
    public static bool TryParse(string? text, out Stage stage)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "none": stage = Stage.None; return true;
            case "staging": stage = Stage.Staging; return true;
            case "production": stage = Stage.Production; return true;
            case "archived": stage = Stage.Archived; return true;
            default: stage = Stage.None; return false;
        }
    }

    /// <summary>
    /// Reads the stage a version should be moved to. Throws a <see cref="ValidationException"/> for
    /// <c>latest</c> (a lookup, not a target) and for unknown words.
    /// </summary>
    public static Stage ParseTarget(string text)
    {
        if (TryParse(text, out var stage))
        {
            return stage;
        }

        if (IsLatest(text))
        {
            throw new ValidationException("'latest' is not a stage a version can be moved to: it always means the highest-numbered version. Use one of: none, staging, production, archived.");
        }

        throw new ValidationException($"'{text}' is not a stage. Use one of: none, staging, production, archived.");
    }

    /// <summary>Whether <paramref name="text"/> is a stage name or <c>latest</c>: words a version name may not take.</summary>
    public static bool IsReservedWord(string text) => TryParse(text, out _) || IsLatest(text);

    internal static bool IsLatest(string? text) => string.Equals(text?.Trim(), Latest, StringComparison.OrdinalIgnoreCase);
}

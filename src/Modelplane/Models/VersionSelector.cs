using System.Globalization;
using Modelplane.Errors;

namespace Modelplane.Models;

/// <summary>
/// Which version of a model to look up: a number (<c>3</c>), a stage (<c>staging</c>), <c>latest</c>,
/// a version name (<c>my-name</c>) or an id. <see cref="Parse"/> reads the same forms the CLI and config files accept.
/// </summary>
public sealed record VersionSelector
{
    private VersionSelector(VersionSelectorKind kind, int number = 0, string? name = null, Stage stage = Stage.None, Guid id = default)
    {
        Kind = kind;
        Number = number;
        Name = name;
        Stage = stage;
        Id = id;
    }

    /// <summary>How this selector picks a version.</summary>
    public VersionSelectorKind Kind { get; }

    /// <summary>The number, for <see cref="VersionSelectorKind.Number"/>.</summary>
    public int Number { get; }

    /// <summary>The name, for <see cref="VersionSelectorKind.Name"/>.</summary>
    public string? Name { get; }

    /// <summary>The stage, for <see cref="VersionSelectorKind.Stage"/>.</summary>
    public Stage Stage { get; }

    /// <summary>The id, for <see cref="VersionSelectorKind.Id"/>.</summary>
    public Guid Id { get; }

    /// <summary>The highest-numbered version.</summary>
    public static VersionSelector Latest { get; } = new(VersionSelectorKind.Latest);

    /// <summary>The version with number <paramref name="number"/> (1 or more).</summary>
    public static VersionSelector ByNumber(int number) => number >= 1
        ? new(VersionSelectorKind.Number, number: number)
        : throw new ValidationException($"Version numbers start at 1; {number} is not one.");

    /// <summary>The version named <paramref name="name"/>.</summary>
    public static VersionSelector ByName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ValidationException("A version name to look up cannot be empty.");
        }

        return new(VersionSelectorKind.Name, name: name);
    }

    /// <summary>The version that holds <paramref name="stage"/>; for <see cref="Stage.None"/> and <see cref="Stage.Archived"/> the highest-numbered one.</summary>
    public static VersionSelector ByStage(Stage stage) => new(VersionSelectorKind.Stage, stage: stage);

    /// <summary>The version with id <paramref name="id"/>.</summary>
    public static VersionSelector ById(Guid id) => new(VersionSelectorKind.Id, id: id);

    /// <summary>
    /// Reads a selector: a GUID is an id, a whole number a version number, <c>latest</c> the highest number,
    /// a stage name a stage (all case-insensitive), anything else a version name.
    /// </summary>
    public static VersionSelector Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new ValidationException("A version to look up cannot be empty: give a number, a name, a stage (staging, production, ...), 'latest' or an id.");
        }

        if (Guid.TryParse(trimmed, out var id))
        {
            return ById(id);
        }

        if (trimmed.All(char.IsAsciiDigit) || (trimmed[0] is '-' or '+' && trimmed.Length > 1 && trimmed[1..].All(char.IsAsciiDigit)))
        {
            if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                throw new ValidationException($"Version number '{trimmed}' is out of range.");
            }

            return ByNumber(number);
        }

        if (Stages.IsLatest(trimmed))
        {
            return Latest;
        }

        if (Stages.TryParse(trimmed, out var stage))
        {
            return ByStage(stage);
        }

        return ByName(trimmed);
    }

    /// <summary>The selector in the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => Kind switch
    {
        VersionSelectorKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        VersionSelectorKind.Name => Name!,
        VersionSelectorKind.Stage => Stages.ToText(Stage),
        VersionSelectorKind.Latest => Stages.Latest,
        VersionSelectorKind.Id => Id.ToString("D"),
        _ => Kind.ToString(),
    };
}

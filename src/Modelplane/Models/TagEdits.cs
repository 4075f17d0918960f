using Modelplane.Errors;

namespace Modelplane.Models;

/// <summary>Adding and removing tags on a model or version, with the checks both share.</summary>
internal static class TagEdits
{
    /// <summary>
    /// <paramref name="current"/> without <paramref name="remove"/> and with <paramref name="add"/>
    /// appended (each tag once, existing order kept). <paramref name="owner"/> names the model or
    /// version in error messages.
    /// </summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> current, IReadOnlyList<string> add, IReadOnlyList<string> remove, string owner)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(remove);
        foreach (var tag in add)
        {
            if (string.IsNullOrWhiteSpace(tag))
            {
                throw new ValidationException($"Cannot tag {owner} with an empty tag; give a tag with at least one visible character.");
            }
        }

        if (add.Intersect(remove, StringComparer.Ordinal).FirstOrDefault() is { } both)
        {
            throw new ValidationException($"Tag '{both}' of {owner} is both added and removed in one update; keep only one of the two.");
        }

        var result = current.Where(tag => !remove.Contains(tag, StringComparer.Ordinal)).ToList();
        foreach (var tag in add)
        {
            if (!result.Contains(tag, StringComparer.Ordinal))
            {
                result.Add(tag);
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="tags"/> has every tag in <paramref name="required"/>.</summary>
    public static bool HasAll(IReadOnlyList<string> tags, IReadOnlyList<string> required) =>
        required.All(tag => tags.Contains(tag, StringComparer.Ordinal));
}

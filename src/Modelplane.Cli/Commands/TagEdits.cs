namespace Modelplane.Cli.Commands;

/// <summary>Adding and removing tags as <c>--tag</c> and <c>--remove-tag</c> ask.</summary>
internal static class TagEdits
{
    /// <summary><paramref name="current"/> plus <paramref name="add"/> minus <paramref name="remove"/>, in order, without duplicates.</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> current, string[]? add, string[]? remove)
    {
        var removed = new HashSet<string>(remove ?? [], StringComparer.Ordinal);
        return current.Concat(add ?? []).Where(t => !removed.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
    }
}

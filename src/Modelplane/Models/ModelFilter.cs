namespace Modelplane.Models;

/// <summary>Which models a listing returns; the default returns all.</summary>
public sealed record ModelFilter
{
    /// <summary>Only models carrying every one of these tags (exact, case-sensitive match).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

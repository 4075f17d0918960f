namespace Modelplane.Models;

/// <summary>Which versions of a model a listing returns; the default returns all.</summary>
public sealed record ModelVersionFilter
{
    /// <summary>Only versions in this stage.</summary>
    public Stage? Stage { get; init; }

    /// <summary>Only versions carrying every one of these tags (exact, case-sensitive match).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

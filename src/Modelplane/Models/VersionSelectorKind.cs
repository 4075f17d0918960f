namespace Modelplane.Models;

/// <summary>How a <see cref="VersionSelector"/> picks a version.</summary>
public enum VersionSelectorKind
{
    /// <summary>By version number.</summary>
    Number,

    /// <summary>By version name.</summary>
    Name,

    /// <summary>By the stage the version holds.</summary>
    Stage,

    /// <summary>The highest-numbered version.</summary>
    Latest,

    /// <summary>By version id.</summary>
    Id,
}

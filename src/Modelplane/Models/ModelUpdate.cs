namespace Modelplane.Models;

/// <summary>
/// Changes to a model's card and tags. A field left <see langword="null"/> keeps its value; an empty
/// string clears it. Tags are added and removed, never replaced wholesale, so two users editing
/// different tags do not undo each other.
/// </summary>
public sealed record ModelUpdate
{
    /// <summary>What the model does.</summary>
    public string? Description { get; init; }

    /// <summary>The license under which the model is shared.</summary>
    public string? License { get; init; }

    /// <summary>Who the model is for.</summary>
    public string? Audience { get; init; }

    /// <summary>What the model may be used for.</summary>
    public string? UseCases { get; init; }

    /// <summary>Known limitations.</summary>
    public string? Limitations { get; init; }

    /// <summary>Trade-offs made when building it.</summary>
    public string? TradeOffs { get; init; }

    /// <summary>Ethical considerations.</summary>
    public string? Ethics { get; init; }

    /// <summary>Tags to add; tags the model already has are kept once.</summary>
    public IReadOnlyList<string> AddTags { get; init; } = [];

    /// <summary>Tags to remove; tags the model does not have are ignored.</summary>
    public IReadOnlyList<string> RemoveTags { get; init; } = [];
}

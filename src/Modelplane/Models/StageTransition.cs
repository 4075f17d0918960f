namespace Modelplane.Models;

/// <summary>One entry of a model's append-only stage history.</summary>
/// <param name="Id">The entry's id.</param>
/// <param name="ModelId">The model's id.</param>
/// <param name="VersionId">The version that moved.</param>
/// <param name="VersionNumber">That version's number.</param>
/// <param name="From">The stage it left.</param>
/// <param name="To">The stage it entered.</param>
/// <param name="At">When it moved (UTC).</param>
/// <param name="Actor">Who moved it.</param>
/// <param name="Reason">Why, if given. Forced archivals say which version displaced it.</param>
public sealed record StageTransition(
    Guid Id,
    Guid ModelId,
    Guid VersionId,
    int VersionNumber,
    Stage From,
    Stage To,
    DateTimeOffset At,
    string Actor,
    string? Reason);

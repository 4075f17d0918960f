namespace Modelplane.Models;

/// <summary>A request to move a model version to another stage.</summary>
/// <param name="Target">The stage to move to.</param>
/// <param name="Actor">Who is moving it; recorded in the history.</param>
public sealed record StageChangeRequest(Stage Target, string Actor)
{
    /// <summary>Move even if another version holds the (exclusive) target stage; that version is archived.</summary>
    public bool Force { get; init; }

    /// <summary>Why, recorded in the history.</summary>
    public string? Reason { get; init; }
}

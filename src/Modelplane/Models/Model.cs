namespace Modelplane.Models;

/// <summary>A model: a named line of versions with its descriptive card.</summary>
/// <param name="Id">The model's id.</param>
/// <param name="Name">The unique name.</param>
/// <param name="Description">What the model does.</param>
/// <param name="License">The license under which the model is shared.</param>
/// <param name="Audience">Who the model is for.</param>
/// <param name="UseCases">What the model may be used for.</param>
/// <param name="Limitations">Known limitations.</param>
/// <param name="TradeOffs">Trade-offs made when building it.</param>
/// <param name="Ethics">Ethical considerations.</param>
/// <param name="Tags">Free-form tags.</param>
/// <param name="Created">When the model was created (UTC).</param>
public sealed record Model(
    Guid Id,
    string Name,
    string? Description,
    string? License,
    string? Audience,
    string? UseCases,
    string? Limitations,
    string? TradeOffs,
    string? Ethics,
    IReadOnlyList<string> Tags,
    DateTimeOffset Created);

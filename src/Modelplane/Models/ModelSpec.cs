namespace Modelplane.Models;

/// <summary>
/// How a pipeline or a user describes a model. A model is created from its spec on first use;
/// later uses with the same name get the existing model (see <see cref="ModelplaneClient.GetOrCreateModelAsync"/>).
/// </summary>
/// <param name="Name">The unique model name: letters, digits, '.', '_' and '-'.</param>
public sealed record ModelSpec(string Name)
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

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

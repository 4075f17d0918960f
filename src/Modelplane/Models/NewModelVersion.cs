namespace Modelplane.Models;

/// <summary>The optional parts of a new model version; the number is always assigned by the store.</summary>
public sealed record NewModelVersion
{
    /// <summary>An optional name, unique within the model. It may not be numeric or a stage name (<c>none</c>, <c>staging</c>, <c>production</c>, <c>archived</c>, <c>latest</c>).</summary>
    public string? Name { get; init; }

    /// <summary>What is special about this version.</summary>
    public string? Description { get; init; }

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

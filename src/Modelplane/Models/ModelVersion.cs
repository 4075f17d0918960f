using System.Globalization;

namespace Modelplane.Models;

/// <summary>One version of a model.</summary>
/// <param name="Id">The version's id.</param>
/// <param name="ModelId">The model's id.</param>
/// <param name="ModelName">The model's name.</param>
/// <param name="Number">The version number: 1 for the first version of a model, then one more than the highest so far.</param>
/// <param name="Name">An optional name, unique within the model; never numeric and never a stage name.</param>
/// <param name="Description">What is special about this version.</param>
/// <param name="Tags">Free-form tags.</param>
/// <param name="Stage">The current stage.</param>
/// <param name="Created">When the version was created (UTC).</param>
public sealed record ModelVersion(
    Guid Id,
    Guid ModelId,
    string ModelName,
    int Number,
    string? Name,
    string? Description,
    IReadOnlyList<string> Tags,
    Stage Stage,
    DateTimeOffset Created)
{
    /// <summary>How the version is shown: its name if it has one, else its number.</summary>
    public string DisplayName => Name ?? Number.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{ModelName} version {DisplayName}";
}

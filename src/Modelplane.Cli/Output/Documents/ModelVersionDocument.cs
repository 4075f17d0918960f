using Modelplane.Models;

namespace Modelplane.Cli.Output.Documents;

/// <summary>A model version in <c>--json</c> output.</summary>
internal sealed record ModelVersionDocument(
    Guid Id,
    string Model,
    int Number,
    string? Name,
    string Stage,
    string? Description,
    IReadOnlyList<string> Tags,
    DateTimeOffset Created)
{
    public static ModelVersionDocument Of(ModelVersion version) => new(
        version.Id, version.ModelName, version.Number, version.Name, Stages.ToText(version.Stage),
        version.Description, version.Tags, version.Created);
}

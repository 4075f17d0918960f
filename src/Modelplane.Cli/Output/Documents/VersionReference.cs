using Modelplane.Models;

namespace Modelplane.Cli.Output.Documents;

/// <summary>A short reference to a model version inside another document.</summary>
internal sealed record VersionReference(Guid Id, string Model, int Number, string? Name, string Stage)
{
    public static VersionReference Of(ModelVersion version) =>
        new(version.Id, version.ModelName, version.Number, version.Name, Stages.ToText(version.Stage));
}

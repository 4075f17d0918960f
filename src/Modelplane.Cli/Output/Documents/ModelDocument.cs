using Modelplane.Models;

namespace Modelplane.Cli.Output.Documents;

/// <summary>A model in <c>--json</c> output.</summary>
internal sealed record ModelDocument(
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
    DateTimeOffset Created,
    int VersionCount,
    VersionReference? LatestVersion)
{
    public static ModelDocument Of(Model model, IReadOnlyList<ModelVersion> versions) => new(
        model.Id, model.Name, model.Description, model.License, model.Audience, model.UseCases, model.Limitations,
        model.TradeOffs, model.Ethics, model.Tags, model.Created, versions.Count,
        versions.MaxBy(v => v.Number) is { } latest ? VersionReference.Of(latest) : null);
}

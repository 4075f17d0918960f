using Modelplane.Errors;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Cli.Hosting;

/// <summary>Finds models, versions and runs, with not-found messages that name the command to run next.</summary>
internal static class Lookups
{
    public static async Task<Model> ModelAsync(ModelplaneClient client, string name, CancellationToken cancellationToken) =>
        await client.MetadataStore.FindModelAsync(name, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"Model '{name}' does not exist in the store. List the models with: modelplane model list");

    /// <summary>The version <paramref name="selectorText"/> picks (a number, name, stage, <c>latest</c> or id).</summary>
    public static async Task<ModelVersion> VersionAsync(ModelplaneClient client, string modelName, string selectorText, CancellationToken cancellationToken)
    {
        var selector = VersionSelector.Parse(selectorText);
        await ModelAsync(client, modelName, cancellationToken).ConfigureAwait(false);
        if (await client.FindVersionAsync(modelName, selector, cancellationToken).ConfigureAwait(false) is { } version)
        {
            return version;
        }

        var list = $"List its versions with: modelplane model version list {modelName}";
        throw new NotFoundException(selector.Kind switch
        {
            VersionSelectorKind.Stage => $"Model '{modelName}' has no version in stage '{Stages.ToText(selector.Stage)}'. " +
                                         $"Move one there with: modelplane model version update {modelName} <version> --stage {Stages.ToText(selector.Stage)}",
            VersionSelectorKind.Latest => $"Model '{modelName}' has no versions yet, so there is no 'latest'. Run the training pipeline first.",
            VersionSelectorKind.Number => $"Model '{modelName}' has no version number {selector.Number}. {list}",
            VersionSelectorKind.Name => $"Model '{modelName}' has no version named '{selector.Name}'. {list}",
            _ => $"Model '{modelName}' has no version with id {selector.Id}. {list}",
        });
    }

    /// <summary>The pipeline run with id or name <paramref name="idOrName"/>; a name used by several runs picks the newest.</summary>
    public static async Task<PipelineRunRecord> RunAsync(ModelplaneClient client, string idOrName, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(idOrName, out var id))
        {
            return await client.MetadataStore.FindPipelineRunAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new NotFoundException($"There is no pipeline run with id {id}. List runs with: modelplane run list");
        }

        var runs = await client.ListRunsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        return runs.Where(r => r.Name == idOrName).MaxBy(r => r.Started)
            ?? throw new NotFoundException($"There is no pipeline run named '{idOrName}'. List runs with: modelplane run list");
    }
}

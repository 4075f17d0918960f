using System.CommandLine;
using System.Globalization;
using Modelplane.Cli.Hosting;
using Modelplane.Cli.Output;
using Modelplane.Cli.Output.Documents;
using Modelplane.Models;
using Spectre.Console;

namespace Modelplane.Cli.Commands;

/// <summary><c>modelplane model list | register | update | delete</c>, and the groups below <c>model</c>.</summary>
internal static class ModelCommands
{
    public static Command Create(CommandRuntime runtime)
    {
        var model = new Command("model", "Models, their versions, stages, runs and artifacts (the model control plane).")
        {
            List(runtime),
            Register(runtime),
            Update(runtime),
            Delete(runtime),
            ModelVersionCommands.Create(runtime),
        };
        foreach (var linked in ModelLinkCommands.Create(runtime))
        {
            model.Subcommands.Add(linked);
        }

        return model;
    }

    private static Command List(CommandRuntime runtime)
    {
        var json = CommandRuntime.JsonOption();
        var tag = new Option<string[]>("--tag", "-t") { Description = "Only models with this tag (repeatable: all must match)." };
        var command = new Command("list", "List models with their latest version.") { json, tag };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var models = new List<(Model Model, IReadOnlyList<ModelVersion> Versions)>();
            foreach (var found in await client.ListModelsAsync(new ModelFilter { Tags = parse.GetValue(tag) ?? [] }, cancellationToken))
            {
                models.Add((found, await client.ListVersionsAsync(found.Name, cancellationToken: cancellationToken)));
            }

            if (parse.GetValue(json))
            {
                Json.Write(runtime.Context.Output, models.Select(m => ModelDocument.Of(m.Model, m.Versions)).ToList());
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Name", "Latest version", "Stage", "Versions", "Tags", "Created");
            foreach (var (found, versions) in models)
            {
                var latest = versions.MaxBy(v => v.Number);
                table.AddRow(
                    Formats.Text(found.Name),
                    latest is null ? "" : Formats.Text(latest.DisplayName),
                    latest is null ? "" : Formats.Stage(latest.Stage),
                    versions.Count.ToString(CultureInfo.InvariantCulture),
                    Formats.Tags(found.Tags),
                    Formats.Time(found.Created));
            }

            runtime.Context.Console.Write(table);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Register(CommandRuntime runtime)
    {
        var name = new Option<string>("--name", "-n") { Description = "The model's unique name.", Required = true };
        var card = new ModelCardOptions();
        var command = new Command("register", "Register a new model with its card (description, license, audience, ...).") { name };
        card.AddTo(command, includeRemoveTag: false);
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var modelName = parse.GetRequiredValue(name);
            if (await client.MetadataStore.FindModelAsync(modelName, cancellationToken) is not null)
            {
                throw new CliException(ExitCodes.Conflict, $"Model '{modelName}' already exists. Change its card with: modelplane model update {modelName} ...");
            }

            var created = await client.GetOrCreateModelAsync(card.ToSpec(parse, modelName), cancellationToken);
            runtime.Context.Console.MarkupLine($"Registered model [bold]{Markup.Escape(created.Name)}[/] ({created.Id}).");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Update(CommandRuntime runtime)
    {
        var modelArgument = new Argument<string>("model") { Description = "The model's name." };
        var card = new ModelCardOptions();
        var command = new Command("update", "Change a model's card and tags; options not given keep their value.") { modelArgument };
        card.AddTo(command, includeRemoveTag: true);
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var existing = await Lookups.ModelAsync(client, parse.GetRequiredValue(modelArgument), cancellationToken);
            var updated = await client.UpdateModelAsync(existing.Name, card.ToUpdate(parse), cancellationToken);
            runtime.Context.Console.MarkupLine($"Updated model [bold]{Markup.Escape(updated.Name)}[/]; tags: {Formats.Tags(updated.Tags)}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Delete(CommandRuntime runtime)
    {
        var modelArgument = new Argument<string>("model") { Description = "The model's name." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation." };
        var command = new Command("delete", "Delete a model with all its versions, links, stage history and metadata (artifact files stay).") { modelArgument, yes };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var found = await Lookups.ModelAsync(client, parse.GetRequiredValue(modelArgument), cancellationToken);
            var versions = await client.ListVersionsAsync(found.Name, cancellationToken: cancellationToken);
            if (!Confirmation.Confirm(runtime.Context, parse.GetValue(yes), $"delete model '{found.Name}' with its {versions.Count} version(s)"))
            {
                runtime.Context.Console.MarkupLine("Nothing deleted.");
                return ExitCodes.Success;
            }

            await client.DeleteModelAsync(found.Name, cancellationToken);
            runtime.Context.Console.MarkupLine($"Deleted model [bold]{Markup.Escape(found.Name)}[/] and its {versions.Count} version(s).");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

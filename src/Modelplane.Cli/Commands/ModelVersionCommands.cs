using System.CommandLine;
using System.Globalization;
using Modelplane.Cli.Hosting;
using Modelplane.Cli.Output;
using Modelplane.Cli.Output.Documents;
using Modelplane.Errors;
using Modelplane.Models;
using Modelplane.Naming;
using Spectre.Console;

namespace Modelplane.Cli.Commands;

/// <summary><c>modelplane model version list | update | delete | history</c>.</summary>
internal static class ModelVersionCommands
{
    public static Command Create(CommandRuntime runtime) =>
        new("version", "Model versions: list them, move them between stages, tag, describe, delete; the stage history.")
        {
            List(runtime),
            Update(runtime),
            Delete(runtime),
            History(runtime),
        };

    private static Command List(CommandRuntime runtime)
    {
        var modelArgument = new Argument<string?>("model") { Description = "Only this model's versions (default: every model).", Arity = ArgumentArity.ZeroOrOne };
        var stage = new Option<string?>("--stage", "-s") { Description = "Only versions in this stage (none, staging, production, archived)." };
        var tag = new Option<string[]>("--tag", "-t") { Description = "Only versions with this tag (repeatable: all must match)." };
        var json = CommandRuntime.JsonOption();
        var command = new Command("list", "List model versions, highest number first.") { modelArgument, stage, tag, json };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            Stage? stageFilter = parse.GetValue(stage) is { } stageText
                ? Stages.TryParse(stageText, out var parsed) ? parsed : throw new ValidationException($"'{stageText}' is not a stage. Use one of: none, staging, production, archived.")
                : null;
            var filter = new ModelVersionFilter { Stage = stageFilter, Tags = parse.GetValue(tag) ?? [] };
            var modelNames = parse.GetValue(modelArgument) is { } name
                ? [(await Lookups.ModelAsync(client, name, cancellationToken)).Name]
                : (await client.ListModelsAsync(cancellationToken: cancellationToken)).Select(m => m.Name).ToList();
            var versions = new List<ModelVersion>();
            foreach (var modelName in modelNames)
            {
                versions.AddRange(await client.ListVersionsAsync(modelName, filter, cancellationToken));
            }

            if (parse.GetValue(json))
            {
                Json.Write(runtime.Context.Output, versions.Select(ModelVersionDocument.Of).ToList());
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Model", "Version", "Name", "Stage", "Tags", "Description", "Created");
            foreach (var version in versions)
            {
                table.AddRow(
                    Formats.Text(version.ModelName),
                    version.Number.ToString(CultureInfo.InvariantCulture),
                    Formats.Text(version.Name),
                    Formats.Stage(version.Stage),
                    Formats.Tags(version.Tags),
                    Formats.Text(version.Description),
                    Formats.Time(version.Created));
            }

            runtime.Context.Console.Write(table);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Update(CommandRuntime runtime)
    {
        var modelArgument = new Argument<string>("model") { Description = "The model's name." };
        var versionArgument = new Argument<string>("version") { Description = "The version: a number, name, stage, 'latest' or id." };
        var stage = new Option<string?>("--stage", "-s") { Description = "Move the version to this stage: none, staging, production or archived." };
        var force = new Option<bool>("--force", "-f") { Description = "Move it even if another version holds the stage; that version is archived." };
        var reason = new Option<string?>("--reason") { Description = "Why the stage moves; kept in the stage history." };
        var name = new Option<string?>("--name", "-n") { Description = "Give the version a name (not numeric, not a stage name)." };
        var description = new Option<string?>("--description", "-d") { Description = "Set the version's description." };
        var tag = new Option<string[]>("--tag", "-t") { Description = "A tag to add (repeatable)." };
        var removeTag = new Option<string[]>("--remove-tag", "-r") { Description = "A tag to remove (repeatable)." };
        var command = new Command("update", "Move a version between stages, or change its description and tags.")
        {
            modelArgument, versionArgument, stage, force, reason, name, description, tag, removeTag,
        };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var modelName = parse.GetRequiredValue(modelArgument);
            Stage? target = parse.GetValue(stage) is { } stageText ? Stages.ParseTarget(stageText) : null;
            var newName = parse.GetValue(name);
            if (newName is not null)
            {
                // Checked before the stage moves, so a bad name never leaves the command half-applied.
                Names.ValidateVersionName(newName, modelName);
            }

            var version = await Lookups.VersionAsync(client, modelName, parse.GetRequiredValue(versionArgument), cancellationToken);
            var console = runtime.Context.Console;
            if (target is { } targetStage)
            {
                StageChange change;
                try
                {
                    change = await client.SetStageAsync(version.Id, targetStage, parse.GetValue(force), parse.GetValue(reason), cancellationToken);
                }
                catch (StageConflictException conflict)
                {
                    throw new CliException(
                        ExitCodes.Conflict,
                        $"Model '{conflict.ModelName}' already has version {conflict.HolderVersion} in stage '{Stages.ToText(conflict.Stage)}'; " +
                        $"version {conflict.RequestedVersion} was not moved. Re-run with --force to move it anyway: " +
                        $"version {conflict.HolderVersion} will then be archived.");
                }

                foreach (var transition in change.Transitions)
                {
                    console.MarkupLine($"{Markup.Escape(modelName)} version {transition.VersionNumber}: {Formats.Stage(transition.From)} -> {Formats.Stage(transition.To)}");
                }

                if (!change.Changed)
                {
                    console.MarkupLine($"{Markup.Escape(version.ToString())} is already in {Formats.Stage(targetStage)}; nothing changed.");
                }

                version = change.Version;
            }

            var update = new ModelVersionUpdate
            {
                Name = newName,
                Description = parse.GetValue(description),
                AddTags = parse.GetValue(tag) ?? [],
                RemoveTags = parse.GetValue(removeTag) ?? [],
            };
            if (update.Name is not null || update.Description is not null || update.AddTags.Count > 0 || update.RemoveTags.Count > 0)
            {
                version = await client.UpdateVersionAsync(version.Id, update, cancellationToken);
                console.MarkupLine($"Updated {Markup.Escape(version.ToString())}; tags: {Formats.Tags(version.Tags)}");
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Delete(CommandRuntime runtime)
    {
        var modelArgument = new Argument<string>("model") { Description = "The model's name." };
        var versionArgument = new Argument<string>("version") { Description = "The version: a number, name, stage, 'latest' or id." };
        var yes = new Option<bool>("--yes", "-y") { Description = "Do not ask for confirmation." };
        var command = new Command("delete", "Delete a version with its artifact links, stage history and metadata (artifact versions stay).")
        {
            modelArgument, versionArgument, yes,
        };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var version = await Lookups.VersionAsync(client, parse.GetRequiredValue(modelArgument), parse.GetRequiredValue(versionArgument), cancellationToken);
            if (!Confirmation.Confirm(runtime.Context, parse.GetValue(yes), $"delete {version} (number {version.Number}, stage {Stages.ToText(version.Stage)})"))
            {
                runtime.Context.Console.MarkupLine("Nothing deleted.");
                return ExitCodes.Success;
            }

            await client.DeleteVersionAsync(version.Id, cancellationToken);
            runtime.Context.Console.MarkupLine($"Deleted {Markup.Escape(version.ToString())}.");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command History(CommandRuntime runtime)
    {
        var modelArgument = new Argument<string>("model") { Description = "The model's name." };
        var versionOption = new Option<string?>("--version", "-v") { Description = "Only this version's moves (a number, name, stage, 'latest' or id)." };
        var json = CommandRuntime.JsonOption();
        var command = new Command("history", "The stage moves of a model, oldest first: version, from, to, when, who, why.") { modelArgument, versionOption, json };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var found = await Lookups.ModelAsync(client, parse.GetRequiredValue(modelArgument), cancellationToken);
            Guid? versionId = parse.GetValue(versionOption) is { } selector
                ? (await Lookups.VersionAsync(client, found.Name, selector, cancellationToken)).Id
                : null;
            var history = await client.MetadataStore.GetStageHistoryAsync(found.Id, versionId, cancellationToken);
            if (parse.GetValue(json))
            {
                Json.Write(runtime.Context.Output, history.Select(StageTransitionDocument.Of).ToList());
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("Version", "From", "To", "When", "Who", "Reason");
            foreach (var move in history)
            {
                table.AddRow(
                    move.VersionNumber.ToString(CultureInfo.InvariantCulture),
                    Formats.Stage(move.From),
                    Formats.Stage(move.To),
                    Formats.Time(move.At),
                    Formats.Text(move.Actor),
                    Formats.Text(move.Reason));
            }

            runtime.Context.Console.Write(table);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using Modelplane.Artifacts;
using Modelplane.Cli.Hosting;
using Modelplane.Cli.Output;
using Modelplane.Cli.Output.Documents;
using Spectre.Console;

namespace Modelplane.Cli.Commands;

/// <summary><c>modelplane model runs | data-artifacts | model-artifacts | deployment-artifacts MODEL [-v VERSION]</c>.</summary>
internal static class ModelLinkCommands
{
    public static IEnumerable<Command> Create(CommandRuntime runtime)
    {
        yield return Runs(runtime);
        yield return Artifacts(runtime, "data-artifacts", ArtifactKind.Data);
        yield return Artifacts(runtime, "model-artifacts", ArtifactKind.Model);
        yield return Artifacts(runtime, "deployment-artifacts", ArtifactKind.Deployment);
    }

    private static Option<string> VersionOption() => new("--version", "-v")
    {
        Description = "The model version: a number, name, stage, 'latest' or id.",
        DefaultValueFactory = _ => "latest",
    };

    private static Command Runs(CommandRuntime runtime)
    {
        var modelArgument = new Argument<string>("model") { Description = "The model's name." };
        var version = VersionOption();
        var json = CommandRuntime.JsonOption();
        var command = new Command("runs", "The pipeline runs of a model version, newest first.") { modelArgument, version, json };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var found = await Lookups.VersionAsync(client, parse.GetRequiredValue(modelArgument), parse.GetRequiredValue(version), cancellationToken);
            var runs = await client.ListRunsAsync(found.Id, cancellationToken);
            RunCommands.WriteRuns(runtime.Context, runs, parse.GetValue(json));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Artifacts(CommandRuntime runtime, string name, ArtifactKind kind)
    {
        var modelArgument = new Argument<string>("model") { Description = "The model's name." };
        var version = VersionOption();
        var json = CommandRuntime.JsonOption();
        var command = new Command(name, $"The {kind.ToString().ToLowerInvariant()} artifacts linked to a model version, newest first.") { modelArgument, version, json };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var found = await Lookups.VersionAsync(client, parse.GetRequiredValue(modelArgument), parse.GetRequiredValue(version), cancellationToken);
            var artifacts = await client.ListLinkedArtifactsAsync(found.Id, kind, cancellationToken);
            if (parse.GetValue(json))
            {
                Json.Write(runtime.Context.Output, artifacts.Select(ArtifactDocument.Of).ToList());
                return ExitCodes.Success;
            }

            var table = new Table { Title = new TableTitle(Markup.Escape($"{found} ({kind.ToString().ToLowerInvariant()} artifacts)")) }
                .AddColumns("Name", "Version", "Type", "Size", "SHA-256", "Created", "Id");
            foreach (var artifact in artifacts)
            {
                table.AddRow(
                    Formats.Text(artifact.Name),
                    artifact.Version.ToString(CultureInfo.InvariantCulture),
                    Formats.Text(artifact.TypeName.Split(',')[0]),
                    Formats.Size(artifact.Size),
                    Formats.ShortHash(artifact.ContentHash),
                    Formats.Time(artifact.Created),
                    artifact.Id.ToString());
            }

            runtime.Context.Console.Write(table);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

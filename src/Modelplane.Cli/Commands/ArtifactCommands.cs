using System.CommandLine;
using System.Globalization;
using Modelplane.Artifacts;
using Modelplane.Cli.Hosting;
using Modelplane.Cli.Output;
using Modelplane.Cli.Output.Documents;
using Modelplane.Errors;
using Modelplane.Metadata;
using Spectre.Console;

namespace Modelplane.Cli.Commands;

/// <summary><c>modelplane artifact show | export</c>.</summary>
internal static class ArtifactCommands
{
    public static Command Create(CommandRuntime runtime) =>
        new("artifact", "Artifact versions: their metadata and lineage, and their content.")
        {
            Show(runtime),
            Export(runtime),
        };

    private static Argument<string> ArtifactArgument() => new("artifact") { Description = "The artifact's name (with --version, default the highest) or an artifact version id." };

    private static Option<int?> VersionOption() => new("--version", "-v") { Description = "The artifact version number (default: the highest)." };

    private static async Task<ArtifactVersion> FindAsync(ModelplaneClient client, string nameOrId, int? version, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(nameOrId, out var id))
        {
            return await client.MetadataStore.FindArtifactVersionAsync(id, cancellationToken)
                ?? throw new NotFoundException($"There is no artifact version with id {id}.");
        }

        return await client.MetadataStore.FindArtifactVersionAsync(nameOrId, version, cancellationToken)
            ?? throw new NotFoundException(version is null
                ? $"There is no artifact named '{nameOrId}'. The artifacts of a model version are listed by: modelplane model data-artifacts <model> (or model-artifacts, deployment-artifacts)"
                : $"Artifact '{nameOrId}' has no version {version}.");
    }

    private static Command Show(CommandRuntime runtime)
    {
        var artifactArgument = ArtifactArgument();
        var version = VersionOption();
        var json = CommandRuntime.JsonOption();
        var command = new Command("show", "Show an artifact version: kind, type, hash, size, metadata, producer, consumers, linked model versions.")
        {
            artifactArgument, version, json,
        };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var artifact = await FindAsync(client, parse.GetRequiredValue(artifactArgument), parse.GetValue(version), cancellationToken);
            var metadata = await client.GetMetadataAsync(MetadataTarget.ForArtifactVersion(artifact.Id), cancellationToken);
            var producer = await client.FindProducerAsync(artifact.Id, cancellationToken);
            var consumers = await client.ListConsumersAsync(artifact.Id, cancellationToken);
            var linked = await client.ListVersionsLinkedToAsync(artifact.Id, cancellationToken);
            if (parse.GetValue(json))
            {
                Json.Write(runtime.Context.Output, new ArtifactDetailsDocument(
                    ArtifactDocument.Of(artifact),
                    MetadataDocument.Of(metadata),
                    producer is null ? null : StepReference.Of(producer),
                    consumers.Select(StepReference.Of).ToList(),
                    linked.Select(VersionReference.Of).ToList()));
                return ExitCodes.Success;
            }

            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow("[bold]Artifact[/]", $"{Formats.Text(artifact.Name)} version {artifact.Version}");
            grid.AddRow("[bold]Id[/]", artifact.Id.ToString());
            grid.AddRow("[bold]Kind[/]", artifact.Kind.ToString().ToLowerInvariant());
            grid.AddRow("[bold]Type[/]", Formats.Text(artifact.TypeName));
            grid.AddRow("[bold]Materializer[/]", Formats.Text(artifact.MaterializerId));
            grid.AddRow("[bold]SHA-256[/]", artifact.ContentHash);
            grid.AddRow("[bold]Size[/]", Formats.Size(artifact.Size));
            grid.AddRow("[bold]Created[/]", Formats.Time(artifact.Created));
            grid.AddRow("[bold]Tags[/]", Formats.Tags(artifact.Tags));
            grid.AddRow("[bold]Produced by[/]", producer is null ? "saved by hand" : $"step {Formats.Text(producer.StepName)} of run {producer.PipelineRunId}");
            // A run served from cache reads the artifact again under the same step name, so each reader
            // is named with its run, as the producer is.
            grid.AddRow("[bold]Read by[/]", consumers.Count == 0
                ? "no step"
                : string.Join("\n", consumers.Select(c => $"step {Formats.Text(c.StepName)} of run {c.PipelineRunId}")));
            grid.AddRow("[bold]Model versions[/]", Formats.Text(string.Join(", ", linked.Select(v => v.ToString()))));
            runtime.Context.Console.Write(grid);
            if (metadata.Count > 0)
            {
                var table = new Table().AddColumns("Metadata", "Type", "Value");
                foreach (var (key, value) in metadata.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    table.AddRow(Formats.Text(key), value.Type.ToString(), Formats.Text(value.Type == MetadataType.StorageSize ? Formats.Size(value.AsInteger()) : value.Text));
                }

                runtime.Context.Console.Write(table);
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Export(CommandRuntime runtime)
    {
        var artifactArgument = ArtifactArgument();
        var version = VersionOption();
        var output = new Option<string>("--output", "-o") { Description = "The file to write the artifact's content to.", Required = true };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the output file if it exists." };
        var json = CommandRuntime.JsonOption();
        var command = new Command("export", "Write an artifact version's stored file to a path, after checking its SHA-256 against the recorded hash.")
        {
            artifactArgument, version, output, overwrite, json,
        };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var artifact = await FindAsync(client, parse.GetRequiredValue(artifactArgument), parse.GetValue(version), cancellationToken);
            var destination = runtime.Context.FullPath(parse.GetRequiredValue(output));
            if (File.Exists(destination) && !parse.GetValue(overwrite))
            {
                throw new CliException(ExitCodes.Conflict, $"'{destination}' already exists; add --overwrite to replace it.");
            }

            var source = await client.GetVerifiedPathAsync(artifact, cancellationToken);
            await ArtifactExport.CopyVerifiedAsync(source, destination, artifact, cancellationToken);
            if (parse.GetValue(json))
            {
                Json.Write(runtime.Context.Output, new ExportDocument(artifact.Id, artifact.Name, artifact.Version, destination, artifact.ContentHash, artifact.Size));
            }
            else
            {
                runtime.Context.Console.MarkupLine(
                    $"Wrote {Formats.Text(artifact.Name)} version {artifact.Version.ToString(CultureInfo.InvariantCulture)} to {Formats.Text(destination)} " +
                    $"({Formats.Size(artifact.Size)}, SHA-256 {artifact.ContentHash} verified).");
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

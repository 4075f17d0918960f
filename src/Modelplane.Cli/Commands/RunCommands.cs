using System.CommandLine;
using Modelplane.Cli.Hosting;
using Modelplane.Cli.Output;
using Modelplane.Cli.Output.Documents;
using Modelplane.Runs;
using Spectre.Console;

namespace Modelplane.Cli.Commands;

/// <summary><c>modelplane run list | show</c>.</summary>
internal static class RunCommands
{
    public static Command Create(CommandRuntime runtime) =>
        new("run", "Pipeline runs and their step runs.")
        {
            List(runtime),
            Show(runtime),
        };

    /// <summary>Writes runs as a table or as JSON.</summary>
    public static void WriteRuns(CliContext context, IReadOnlyList<PipelineRunRecord> runs, bool json)
    {
        if (json)
        {
            Json.Write(context.Output, runs.Select(PipelineRunDocument.Of).ToList());
            return;
        }

        var table = new Table().AddColumns("Name", "Pipeline", "Status", "Started", "Duration", "Id");
        foreach (var run in runs)
        {
            table.AddRow(
                Formats.Text(run.Name),
                Formats.Text(run.PipelineName),
                Formats.Status(run.Status),
                Formats.Time(run.Started),
                Formats.Duration(run.Started, run.Ended),
                run.Id.ToString());
        }

        context.Console.Write(table);
    }

    private static Command List(CommandRuntime runtime)
    {
        var pipeline = new Option<string?>("--pipeline", "-p") { Description = "Only runs of this pipeline." };
        var status = new Option<RunStatus?>("--status") { Description = "Only runs with this status: running, completed, failed, cached." };
        var json = CommandRuntime.JsonOption();
        var command = new Command("list", "List pipeline runs, newest first.") { pipeline, status, json };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var runs = (await client.ListRunsAsync(cancellationToken: cancellationToken))
                .Where(r => parse.GetValue(pipeline) is not { } p || r.PipelineName == p)
                .Where(r => parse.GetValue(status) is not { } s || r.Status == s)
                .ToList();
            WriteRuns(runtime.Context, runs, parse.GetValue(json));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Show(CommandRuntime runtime)
    {
        var runArgument = new Argument<string>("run") { Description = "The run's id or name (a name used by several runs means the newest)." };
        var json = CommandRuntime.JsonOption();
        var command = new Command("show", "Show a pipeline run and its steps: status, cached or not, timings.") { runArgument, json };
        command.SetAction((parse, cancellationToken) => runtime.WithClientAsync(parse, async client =>
        {
            var run = await Lookups.RunAsync(client, parse.GetRequiredValue(runArgument), cancellationToken);
            var steps = await client.ListStepRunsAsync(run.Id, cancellationToken);
            var version = run.ModelVersionId is { } versionId
                ? await client.MetadataStore.FindModelVersionAsync(versionId, cancellationToken)
                : null;
            if (parse.GetValue(json))
            {
                Json.Write(runtime.Context.Output, new PipelineRunDetailsDocument(
                    PipelineRunDocument.Of(run),
                    version is null ? null : VersionReference.Of(version),
                    steps.Select(StepRunDocument.Of).ToList()));
                return ExitCodes.Success;
            }

            var console = runtime.Context.Console;
            var summary = new Grid().AddColumn().AddColumn();
            summary.AddRow("[bold]Run[/]", Formats.Text(run.Name));
            summary.AddRow("[bold]Id[/]", run.Id.ToString());
            summary.AddRow("[bold]Pipeline[/]", Formats.Text(run.PipelineName));
            summary.AddRow("[bold]Status[/]", Formats.Status(run.Status));
            summary.AddRow("[bold]Model version[/]", version is null ? "" : $"{Formats.Text(version.ToString())} ({Formats.Stage(version.Stage)})");
            summary.AddRow("[bold]Started[/]", Formats.Time(run.Started));
            summary.AddRow("[bold]Duration[/]", Formats.Duration(run.Started, run.Ended));
            if (run.Error is { } error)
            {
                summary.AddRow("[bold]Error[/]", $"[red]{Formats.Text(error)}[/]");
            }

            console.Write(summary);
            var table = new Table().AddColumns("Step", "Status", "Cached", "Started", "Duration", "After");
            foreach (var step in steps)
            {
                table.AddRow(
                    Formats.Text(step.StepName),
                    Formats.Status(step.Status),
                    step.Status == RunStatus.Cached ? "yes" : "no",
                    Formats.Time(step.Started),
                    Formats.Duration(step.Started, step.Ended),
                    Formats.Text(string.Join(", ", step.UpstreamSteps)));
            }

            console.Write(table);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}

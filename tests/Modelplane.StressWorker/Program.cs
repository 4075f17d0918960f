// The stores come from the environment, as in an application: MODELPLANE_STORE (a folder,
// sqlite:<file>, postgres://… or Host=…) and MODELPLANE_ARTIFACTS (a folder or s3://bucket/prefix).
//
//   versions <model> <count>     creates <count> versions; each links a new artifact and gets metadata; prints each number
//   promote <model> <number>     waits for "go" on stdin, then moves the version to production with force
//   artifacts <name>             saves 1 MB versions of an artifact until killed; prints "saved <version>" after each
//   run <pipeline>               records a running pipeline run, prints its id, then waits to be killed
//   save <name> <text>           saves one artifact and prints its content hash
//   pipeline <model> <marker>    runs the 3-step crash pipeline on a new version of <model>; step 3 creates
//                                the file <marker> and waits to be killed (marker "-": it completes, and
//                                the worker prints "run <id>", "version <id>" and "step <name> <status>" lines)
using System.Globalization;
using Modelplane;
using Modelplane.Artifacts;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.PostgreSql;
using Modelplane.Runs;
using Modelplane.Pipelines;
using Modelplane.S3;
using Modelplane.StressWorker.Training;

PostgreSqlStore.Register();
S3ArtifactStore.Register();

await using var client = await ModelplaneClient.OpenAsync();
var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
switch (args)
{
    case ["versions", var model, var count]:
        for (var i = 0; i < int.Parse(count, CultureInfo.InvariantCulture); i++)
        {
            var version = await client.CreateVersionAsync(model);
            await client.SaveArtifactAsync($"payload-{pid}-{i}", $"{pid}:{i}", new ArtifactSaveOptions { LinkToModelVersionId = version.Id });
            await client.SetMetadataAsync(MetadataTarget.ForModelVersion(version.Id), new Dictionary<string, MetadataValue>
            {
                ["writer"] = MetadataValue.String(pid),
                ["index"] = MetadataValue.Integer(i),
            });
            Console.WriteLine(version.Number.ToString(CultureInfo.InvariantCulture));
        }

        break;

    case ["promote", var model, var number]:
        var target = await client.GetVersionAsync(model, VersionSelector.ByNumber(int.Parse(number, CultureInfo.InvariantCulture)));
        Console.WriteLine("ready");
        _ = Console.ReadLine();
        var change = await client.SetStageAsync(target.Id, Stage.Production, force: true, reason: $"process {pid}");
        Console.WriteLine(change.Version.Stage);
        break;

    case ["artifacts", var name]:
        var payload = new byte[1 << 20];
        for (var i = 0; ; i++)
        {
            // Different content every time, so every save writes a new file.
            BitConverter.TryWriteBytes(payload, i);
            Random.Shared.NextBytes(payload.AsSpan(4, 64));
            var saved = await client.SaveArtifactAsync(name, payload);
            Console.WriteLine($"saved {saved.Version}");
        }

    case ["run", var pipeline]:
        var run = await client.MetadataStore.CreatePipelineRunAsync(new NewPipelineRun($"{pipeline}-{pid}", pipeline));
        Console.WriteLine(run.Id);
        await Task.Delay(Timeout.Infinite);
        break;

    case ["save", var name, var text]:
        Console.WriteLine((await client.SaveArtifactAsync(name, text)).ContentHash);
        break;

    case ["pipeline", var model, var marker]:
        var summary = await new Pipeline("crash_training")
            .WithModel(new ModelSpec(model), VersionRequest.New)
            .RunAsync(client, async training =>
            {
                var numbers = await training.Step(new GenerateNumbers(Count: 1000));
                var summarized = await training.Step(new SummarizeNumbers(numbers.Numbers));
                await training.Step(new EvaluateSummary(summarized.Summary, BlockAfter: marker == "-" ? null : marker));
            });
        Console.WriteLine($"run {summary.RunId}");
        Console.WriteLine($"version {summary.ModelVersion!.Id}");
        foreach (var step in summary.Steps)
        {
            Console.WriteLine($"step {step.Name} {step.Status}");
        }

        break;

    default:
        Console.Error.WriteLine("usage: Modelplane.StressWorker versions <model> <count> | promote <model> <number> | artifacts <name> | run <pipeline> | save <name> <text> | pipeline <model> <marker|->");
        return 2;
}

return 0;

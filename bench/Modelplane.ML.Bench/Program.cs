using System.Diagnostics;
using System.Globalization;
using Modelplane.ML.Bench;
using Modelplane.ML.Training;

// Batch scoring throughput: Modelplane's streaming BatchPredictor against raw ML.NET on the same model and file.
// Every measurement runs in a fresh process (a warm-up run, then one timed run), so its peak working set is its
// own; the two scorers alternate round by round, so a change in machine load hits both alike. See docs/performance.md.
var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.WorkDirectory);

if (options.ChildMode is { } mode)
{
    RunChild(mode, options.ChildRows, options);
    return;
}

var modelPath = BenchData.ModelPath(options.WorkDirectory);
Console.WriteLine($"Model: {modelPath}; median of {options.Repetitions} alternating rounds; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| rows | scorer | median s | rows/s | peak working set |");
Console.WriteLine("|---:|---|---:|---:|---:|");
foreach (var rows in options.Sizes)
{
    BenchData.InputPath(options.WorkDirectory, rows);
    string[] scorers = ["raw-mlnet", "modelplane-streaming"];
    var runs = scorers.ToDictionary(s => s, _ => new List<(double Seconds, long Peak)>());
    for (var round = 0; round < options.Repetitions; round++)
    {
        foreach (var scorer in scorers)
        {
            runs[scorer].Add(RunInChildProcess(scorer, rows, options));
        }
    }

    var medians = new Dictionary<string, double>();
    foreach (var scorer in scorers)
    {
        var seconds = runs[scorer].Select(r => r.Seconds).Order().ToList();
        medians[scorer] = seconds[seconds.Count / 2];
        var peak = runs[scorer].Max(r => r.Peak);
        Console.WriteLine($"| {rows:N0} | {scorer} | {medians[scorer]:0.000} | {rows / medians[scorer]:N0} | {peak / 1048576.0:0} MiB |");
    }

    Console.WriteLine($"| {rows:N0} | throughput ratio streaming / raw | | {medians["raw-mlnet"] / medians["modelplane-streaming"]:0.00} | |");
}

static (double Seconds, long Peak) RunInChildProcess(string scorer, long rows, BenchOptions options)
{
    var start = new ProcessStartInfo("dotnet")
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    start.ArgumentList.Add(typeof(BenchOptions).Assembly.Location);
    foreach (var argument in new[] { "--child", scorer, rows.ToString(CultureInfo.InvariantCulture), "--work-dir", options.WorkDirectory })
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"The {scorer} run for {rows} rows failed:\n{output}");
    }

    var parts = output.Trim().Split('\n')[^1].Split(' ');
    return (double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
}

static void RunChild(string scorer, long rows, BenchOptions options)
{
    var model = TrainedModel.Load(BenchData.ModelPath(options.WorkDirectory));
    var input = BenchData.InputPath(options.WorkDirectory, rows);
    var output = Path.Combine(options.WorkDirectory, $"predictions-{rows}.csv");

    // The untimed first run warms up the JIT and the file cache.
    var seconds = 0.0;
    for (var i = 0; i < 2; i++)
    {
        var watch = Stopwatch.StartNew();
        var scored = scorer == "raw-mlnet" ? Scorers.RawMlNet(model, input) : Scorers.Streaming(model, input, output);
        seconds = watch.Elapsed.TotalSeconds;
        if (scored != rows)
        {
            throw new InvalidOperationException($"{scorer} scored {scored} rows, expected {rows}.");
        }
    }

    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:R} {self.PeakWorkingSet64}"));
}

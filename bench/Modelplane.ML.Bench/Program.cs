using System.Diagnostics;
using System.Globalization;
using Modelplane.ML.Bench;
using Modelplane.ML.Training;

// Batch scoring throughput: Modelplane's streaming BatchPredictor against raw ML.NET on the same model and file.
// Each (mode, size) runs in its own process so its peak working set is its own. See docs/performance.md.
var options = BenchOptions.Parse(args);
Directory.CreateDirectory(options.WorkDirectory);

if (options.ChildMode is { } mode)
{
    RunChild(mode, options.ChildRows, options);
    return;
}

var modelPath = BenchData.ModelPath(options.WorkDirectory);
Console.WriteLine($"Model: {modelPath}; {options.Repetitions} repetitions per measurement; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
Console.WriteLine();
Console.WriteLine("| rows | scorer | median s | rows/s | peak working set |");
Console.WriteLine("|---:|---|---:|---:|---:|");
foreach (var rows in options.Sizes)
{
    BenchData.InputPath(options.WorkDirectory, rows);
    var results = new Dictionary<string, (double Seconds, long Peak)>();
    foreach (var scorer in new[] { "raw-mlnet", "modelplane-streaming" })
    {
        var (seconds, peak) = RunInChildProcess(scorer, rows, options);
        results[scorer] = (seconds, peak);
        Console.WriteLine($"| {rows:N0} | {scorer} | {seconds:0.000} | {rows / seconds:N0} | {peak / 1048576.0:0} MiB |");
    }

    Console.WriteLine($"| {rows:N0} | ratio streaming / raw | | {results["raw-mlnet"].Seconds / results["modelplane-streaming"].Seconds:0.00} | |");
}

static (double Seconds, long Peak) RunInChildProcess(string scorer, long rows, BenchOptions options)
{
    var start = new ProcessStartInfo("dotnet")
    {
        RedirectStandardOutput = true,
        UseShellExecute = false,
    };
    start.ArgumentList.Add(typeof(BenchOptions).Assembly.Location);
    foreach (var argument in new[] { "--child", scorer, rows.ToString(CultureInfo.InvariantCulture), "--repetitions", options.Repetitions.ToString(CultureInfo.InvariantCulture), "--work-dir", options.WorkDirectory })
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

    // One untimed run warms up the JIT and the file cache, then the median of the timed runs.
    var seconds = new List<double>();
    for (var i = 0; i <= options.Repetitions; i++)
    {
        var watch = Stopwatch.StartNew();
        var scored = scorer == "raw-mlnet" ? Scorers.RawMlNet(model, input) : Scorers.Streaming(model, input, output);
        watch.Stop();
        if (scored != rows)
        {
            throw new InvalidOperationException($"{scorer} scored {scored} rows, expected {rows}.");
        }

        if (i > 0)
        {
            seconds.Add(watch.Elapsed.TotalSeconds);
        }
    }

    seconds.Sort();
    var median = seconds[seconds.Count / 2];
    using var self = Process.GetCurrentProcess();
    self.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{median:R} {self.PeakWorkingSet64}"));
}

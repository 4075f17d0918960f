using System.Diagnostics;
using Modelplane.Storage.Providers;
using Modelplane.Models;
using Modelplane.Pipelines;

namespace Modelplane.Bench;

/// <summary>
/// Per-step engine overhead on the embedded SQLite store: a pipeline of N trivial steps (one int in,
/// one int out, linked to a new model version per run) against calling the same bodies directly.
/// Reports the median over several runs, for cache disabled (every step executes and saves its
/// output) and for a fully cached run (every step is a hit).
/// </summary>
internal static class EngineOverheadBenchmark
{
    public static async Task RunAsync(int steps, int repetitions, string folder)
    {
        var opened = StoreProviders.For(folder).Open(folder);
        var (store, timer) = TimedMetadataStore.Wrap(opened.MetadataStore);
        await using var client = await ModelplaneClient.CreateBuilder().UseMetadataStore(store).UseArtifactStore(opened.ArtifactStore!).BuildAsync();
        var pipeline = new Pipeline("bench_chain").WithModel(new ModelSpec("bench_model"));
        Func<PipelineRun, Task> body = async run =>
        {
            var value = (await run.Step(new Seed(0))).Value;
            for (var i = 1; i < steps; i++)
            {
                value = (await run.Step(new Increment(value, i), name: $"increment_{i}")).Next;
            }
        };

        // Warm-up: JIT, SQLite connection pool, and the cache entries the cached runs will hit.
        await pipeline.RunAsync(client, body);

        var direct = Measure(repetitions, () =>
        {
            var value = 0;
            for (var i = 1; i < steps; i++)
            {
                value = Increment.Body(value);
            }

            GC.KeepAlive(value);
            return Task.CompletedTask;
        });
        timer.Timings.Clear();
        var uncached = await Measure(repetitions, () => pipeline.WithCache(false).RunAsync(client, body));
        var uncachedTimings = timer.Timings.ToArray();
        timer.Timings.Clear();
        var cached = await Measure(repetitions, () => pipeline.RunAsync(client, body));
        var cachedTimings = timer.Timings.ToArray();

        Console.WriteLine();
        Console.WriteLine($"== SQLite store; {steps} steps per run, {repetitions} runs per case");
        Console.WriteLine($"{"case",-26} {"median run ms",14} {"ms per step",12}");
        Report("direct calls", await direct, steps);
        Report("pipeline, cache disabled", uncached, steps);
        Report("pipeline, all cached", cached, steps);
        Breakdown("cache disabled", uncachedTimings, steps * repetitions, uncached / steps);
        Breakdown("all cached", cachedTimings, steps * repetitions, cached / steps);
    }

    private static void Breakdown(string name, KeyValuePair<string, (int Calls, double TotalMs)>[] timings, int stepCount, double medianPerStep)
    {
        Console.WriteLine($"  metadata store calls per step, {name}:");
        foreach (var (operation, (calls, totalMs)) in timings.OrderByDescending(t => t.Value.TotalMs).Where(t => t.Value.Calls >= stepCount))
        {
            Console.WriteLine($"    {operation,-32} {(double)calls / stepCount,5:0.00} calls  {totalMs / stepCount,7:0.000} ms");
        }

        var storeMs = timings.Sum(t => t.Value.TotalMs) / stepCount;
        Console.WriteLine($"    {"all store calls (mean)",-32} {"",11}  {storeMs,7:0.000} ms; the rest of the median step: {Math.Max(0, medianPerStep - storeMs):0.000} ms");
    }

    private static async Task<double> Measure(int repetitions, Func<Task> action)
    {
        var samples = new List<double>(repetitions);
        for (var i = 0; i < repetitions; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await action();
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }

    private static void Report(string name, double medianMs, int steps) =>
        Console.WriteLine($"{name,-26} {medianMs,14:0.00} {medianMs / steps,12:0.000}");
}

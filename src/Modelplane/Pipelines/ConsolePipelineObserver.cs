using System.Globalization;
using Modelplane.Runs;

namespace Modelplane.Pipelines;

/// <summary>
/// Prints each step as it starts and ends, with its duration and cache decision, then a summary line:
/// <code>
/// [run]  e2e_training_run_2026_11_23_10_15_00_3f9a1c (model breast_cancer version 4)
/// [step] data_loader ...
/// [done] data_loader                     0.12 s  cached    cache hit: step run 1a2b3c4d
/// [ok]   e2e_training: 8 steps (5 cached) in 3.40 s
/// </code>
/// </summary>
/// <param name="writer">Where to write; <see cref="Console.Out"/> if null.</param>
public sealed class ConsolePipelineObserver(TextWriter? writer = null) : IPipelineObserver
{
    private readonly TextWriter output = writer ?? Console.Out;
    private readonly Lock gate = new();

    /// <inheritdoc />
    public void RunStarted(PipelineRun run) => Write(run.ModelVersion is null
        ? $"[run]  {run.Name}"
        : $"[run]  {run.Name} ({run.ModelVersion})");

    /// <inheritdoc />
    public void StepStarted(string stepName) => Write($"[step] {stepName} ...");

    /// <inheritdoc />
    public void StepFinished(StepRunSummary step)
    {
        var status = step.Status switch
        {
            RunStatus.Cached => "cached",
            RunStatus.Failed => "FAILED",
            _ => "ran",
        };
        var detail = step.Status == RunStatus.Failed ? step.Error?.Message : step.Cache.Reason;
        Write($"[done] {step.Name,-32} {Seconds(step.Duration),8}  {status,-6}  {detail}");
    }

    /// <inheritdoc />
    public void RunFinished(PipelineRunSummary summary)
    {
        var cached = summary.Steps.Count(s => s.IsCached);
        var line = summary.Succeeded
            ? $"[ok]   {summary.PipelineName}: {summary.Steps.Count} steps ({cached} cached) in {Seconds(summary.Duration)}"
            : $"[fail] {summary.PipelineName}: step '{summary.FailedStep ?? "(pipeline body)"}' failed after {Seconds(summary.Duration)}: {summary.Error?.Message}";
        if (summary.ModelVersionDeleted)
        {
            line += $" (new version {summary.ModelVersion?.Number} deleted)";
        }

        Write(line);
    }

    private static string Seconds(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.00} s");

    private void Write(string line)
    {
        lock (gate)
        {
            output.WriteLine(line);
        }
    }
}

namespace Modelplane.Pipelines;

/// <summary>
/// Follows a pipeline run as it happens, for progress output. Methods may be called from several
/// threads at once (concurrent steps); every method has an empty default. An exception thrown by an
/// observer is written to <see cref="System.Diagnostics.Trace"/> and does not affect the run.
/// </summary>
public interface IPipelineObserver
{
    /// <summary>The run is recorded and about to execute its body.</summary>
    /// <param name="run">The run (name, id, model version).</param>
    void RunStarted(PipelineRun run)
    {
    }

    /// <summary>A step starts: its cache key is about to be computed.</summary>
    /// <param name="stepName">The step's name in the pipeline.</param>
    void StepStarted(string stepName)
    {
    }

    /// <summary>A step ended: completed, cached or failed, with its duration and cache decision.</summary>
    /// <param name="step">The step's summary.</param>
    void StepFinished(StepRunSummary step)
    {
    }

    /// <summary>The run is recorded as ended; hooks run next.</summary>
    /// <param name="summary">The run's summary.</param>
    void RunFinished(PipelineRunSummary summary)
    {
    }
}

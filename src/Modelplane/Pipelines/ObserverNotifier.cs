using System.Diagnostics;

namespace Modelplane.Pipelines;

/// <summary>Calls observers so that a broken one cannot fail a run or leave its records half-written.</summary>
internal static class ObserverNotifier
{
    public static void Notify(IReadOnlyList<IPipelineObserver> observers, Action<IPipelineObserver> notify)
    {
        foreach (var observer in observers)
        {
            try
            {
                notify(observer);
            }
            catch (Exception exception)
            {
                // Progress output is not part of the run's outcome; the failure is still visible to tracing.
                Trace.TraceError($"Pipeline observer {observer.GetType().Name} threw: {exception}");
            }
        }
    }
}

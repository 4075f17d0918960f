using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using Modelplane.Storage;

namespace Modelplane.Bench;

/// <summary>
/// Wraps a metadata store and times every call, so the benchmark can show which store operations
/// a pipeline step spends its time in.
/// </summary>
public class TimedMetadataStore : DispatchProxy
{
    private IMetadataStore inner = null!;

    public ConcurrentDictionary<string, (int Calls, double TotalMs)> Timings { get; } = new();

    public static (IMetadataStore Store, TimedMetadataStore Timer) Wrap(IMetadataStore store)
    {
        var proxy = Create<IMetadataStore, TimedMetadataStore>();
        var timer = (TimedMetadataStore)(object)proxy;
        timer.inner = store;
        return (proxy, timer);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var stopwatch = Stopwatch.StartNew();
        object? result;
        try
        {
            result = targetMethod!.Invoke(inner, args);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            throw exception.InnerException;
        }

        if (result is Task task)
        {
            // Recorded on the completing thread, so a busy thread pool does not inflate the figure.
            task.ContinueWith(_ => Record(targetMethod.Name, stopwatch), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else
        {
            Record(targetMethod.Name, stopwatch);
        }

        return result;
    }

    private void Record(string name, Stopwatch stopwatch) =>
        Timings.AddOrUpdate(name, (1, stopwatch.Elapsed.TotalMilliseconds), (_, t) => (t.Calls + 1, t.TotalMs + stopwatch.Elapsed.TotalMilliseconds));
}

using System.Collections.Concurrent;

namespace Modelplane.Pipelines.Tests.Steps;

/// <summary>
/// Records when it starts and ends. Each probe waits (up to a generous limit) until every probe of
/// the group has started, so probes that ran one after the other would not reach their end together.
/// </summary>
public sealed record OverlapProbe(Artifact<double[]> Numbers, int Index, [property: IgnoreInCacheKey] OverlapProbe.Recorder Log) : Step<OverlapProbe.Output>
{
    public sealed record Output(Artifact<double> First);

    protected override Output Run(StepContext context)
    {
        var started = DateTimeOffset.UtcNow;
        Log.Arrived.Signal();
        if (!Log.Arrived.Wait(TimeSpan.FromSeconds(20)))
        {
            Log.TimedOut = true;
        }

        Log.Intervals[Index] = (started, DateTimeOffset.UtcNow, Environment.CurrentManagedThreadId);
        return new Output(context.Output($"first_{Index}", Numbers.Value[0] + Index));
    }

    /// <summary>Shared by the probes of one test; not a parameter (not JSON, not part of the cache key).</summary>
    public sealed class Recorder(int probes)
    {
        public CountdownEvent Arrived { get; } = new(probes);

        public bool TimedOut { get; set; }

        public ConcurrentDictionary<int, (DateTimeOffset Start, DateTimeOffset End, int Thread)> Intervals { get; } = new();
    }
}

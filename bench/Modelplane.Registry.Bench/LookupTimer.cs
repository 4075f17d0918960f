using System.Diagnostics;

namespace Modelplane.Registry.Bench;

/// <summary>Times one lookup over many samples after a warm-up, and summarises as median and 95th percentile.</summary>
internal static class LookupTimer
{
    public static async Task<LookupTiming> MeasureAsync(string name, int samples, Func<int, Task<int>> lookup)
    {
        for (var i = 0; i < Math.Min(20, samples); i++)
        {
            await lookup(samples + i);
        }

        var times = new double[samples];
        var rows = 0L;
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            rows += await lookup(i);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return new LookupTiming(name, times[samples / 2], times[(int)Math.Ceiling(samples * 0.95) - 1], (double)rows / samples);
    }
}

/// <summary>Milliseconds per lookup and the mean number of rows it returned.</summary>
internal sealed record LookupTiming(string Name, double MedianMs, double P95Ms, double Rows);

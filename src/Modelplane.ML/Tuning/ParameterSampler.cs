using System.Globalization;
using Modelplane.ML.Training;

namespace Modelplane.ML.Tuning;

/// <summary>Draws trainer configurations from a candidate's search space with a seeded generator.</summary>
internal static class ParameterSampler
{
    public static IReadOnlyList<TrainerConfig> Sample(string candidate, TrainerSearchSpace space, int trials, int seed)
    {
        var trainer = TrainerCatalog.Canonical(space.Trainer);
        foreach (var (name, range) in space.SearchGrid)
        {
            Validate(candidate, name, range);
        }

        // Each candidate gets its own generator, derived from the seed and its name, so adding or
        // removing another candidate does not change this one's trials.
        var random = new Random(StableSeed(seed, candidate));
        var configs = new List<TrainerConfig>(trials);
        for (var t = 0; t < trials; t++)
        {
            var parameters = new Dictionary<string, string>(space.Parameters);
            foreach (var (name, range) in space.SearchGrid.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                parameters[name] = Draw(range, random);
            }

            configs.Add(new TrainerConfig { Trainer = trainer, Parameters = parameters });
        }

        return configs;
    }

    internal static int StableSeed(int seed, string text)
    {
        // FNV-1a: string.GetHashCode is randomised per process and would break reproducibility.
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static string Draw(ParameterRange range, Random random)
    {
        if (range.Values is { Count: > 0 } values)
        {
            return values[random.Next(values.Count)];
        }

        double min = range.Min!.Value, max = range.Max!.Value;
        var u = random.NextDouble();
        if (range.Integer)
        {
            // Widen by half a step on each side so both ends are as likely as the values between.
            var lo = range.Log ? Math.Log(min - 0.5 > 0 ? min - 0.5 : min) : min - 0.5;
            var hi = range.Log ? Math.Log(max + 0.5) : max + 0.5;
            var x = lo + u * (hi - lo);
            var value = Math.Clamp(Math.Round(range.Log ? Math.Exp(x) : x, MidpointRounding.AwayFromZero), min, max);
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var sample = range.Log ? Math.Exp(Math.Log(min) + u * (Math.Log(max) - Math.Log(min))) : min + u * (max - min);
        return sample.ToString("R", CultureInfo.InvariantCulture);
    }

    private static void Validate(string candidate, string name, ParameterRange range)
    {
        var where = $"Search space '{candidate}', parameter '{name}'";
        if (range.Values is { Count: > 0 })
        {
            return;
        }

        if (range.Min is not { } min || range.Max is not { } max)
        {
            throw new ArgumentException($"{where}: give either a list of values ({{values: [...]}}) or a range ({{min: ..., max: ...}}).");
        }

        if (min > max)
        {
            throw new ArgumentException($"{where}: min {min} is greater than max {max}.");
        }

        if (range.Log && min <= 0)
        {
            throw new ArgumentException($"{where}: a log-scale range needs a positive min, not {min}.");
        }

        if (range.Integer && (min != Math.Round(min) || max != Math.Round(max)))
        {
            throw new ArgumentException($"{where}: an integer range needs whole-number ends, not {min} and {max}.");
        }
    }
}

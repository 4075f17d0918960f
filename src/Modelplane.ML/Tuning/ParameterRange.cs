using System.Text.Json.Serialization;

namespace Modelplane.ML.Tuning;

/// <summary>
/// Where one hyperparameter is sampled from: a range <c>{min, max}</c> (uniform), a log-scale range
/// <c>{min, max, log: true}</c>, an integer range <c>{min, max, integer: true}</c> (both ends
/// included), or a list of choices <c>{values: [gini, entropy]}</c>.
/// </summary>
public sealed record ParameterRange
{
    /// <summary>The lower end of a range.</summary>
    public double? Min { get; init; }

    /// <summary>The upper end of a range.</summary>
    public double? Max { get; init; }

    /// <summary>Sample uniformly on a log scale (both ends must be positive).</summary>
    public bool Log { get; init; }

    /// <summary>Sample whole numbers, both ends included.</summary>
    public bool Integer { get; init; }

    /// <summary>The choices, when the parameter takes one of a list of values.</summary>
    [JsonConverter(typeof(Training.InvariantTextListConverter))]
    public List<string>? Values { get; init; }

    /// <summary>A uniform range.</summary>
    public static ParameterRange Uniform(double min, double max) => new() { Min = min, Max = max };

    /// <summary>A log-uniform range.</summary>
    public static ParameterRange LogUniform(double min, double max) => new() { Min = min, Max = max, Log = true };

    /// <summary>An integer range, both ends included.</summary>
    public static ParameterRange Integers(int min, int max, bool log = false) => new() { Min = min, Max = max, Integer = true, Log = log };

    /// <summary>A list of choices.</summary>
    public static ParameterRange Choice(params object[] values) => new() { Values = values.Select(Training.InvariantText.Format).ToList() };
}

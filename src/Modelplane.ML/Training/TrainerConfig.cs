using System.Text.Json.Serialization;

namespace Modelplane.ML.Training;

/// <summary>
/// A trainer and fixed parameter values, as written in configuration (for example
/// <c>{trainer: LightGbm, parameters: {NumberOfLeaves: 8, Booster.L2Regularization: 0.1}}</c>).
/// Parameter names are the fields of the trainer's ML.NET options class; dotted names reach nested options.
/// </summary>
public sealed record TrainerConfig
{
    /// <summary>The trainer: one of <see cref="TrainerCatalog.Names"/>.</summary>
    public string Trainer { get; init; } = "";

    /// <summary>Parameter values in invariant text; numbers and booleans in JSON are accepted too.</summary>
    [JsonConverter(typeof(InvariantTextDictionaryConverter))]
    public Dictionary<string, string> Parameters { get; init; } = [];

    /// <summary>A configuration with the given trainer and parameters.</summary>
    public static TrainerConfig Of(string trainer, params (string Name, object Value)[] parameters) => new()
    {
        Trainer = trainer,
        Parameters = parameters.ToDictionary(p => p.Name, p => InvariantText.Format(p.Value)),
    };

    /// <summary>"Trainer(a=1, b=2)" for logs and reports.</summary>
    public override string ToString() =>
        Parameters.Count == 0 ? Trainer : $"{Trainer}({string.Join(", ", Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))})";
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Modelplane.Caching;

/// <summary>
/// Everything that decides whether a step's earlier result can be reused, and the SHA-256
/// <see cref="Value"/> computed from it. Two step executions with the same key are expected to
/// produce the same outputs.
/// </summary>
public sealed class StepCacheKey
{
    internal StepCacheKey(
        string stepName,
        string codeVersion,
        string parametersJson,
        IReadOnlyDictionary<string, string> inputHashes,
        IReadOnlyDictionary<string, string> outputMaterializers)
    {
        StepName = stepName;
        CodeVersion = codeVersion;
        ParametersJson = parametersJson;
        InputHashes = new SortedDictionary<string, string>(inputHashes.ToDictionary(), StringComparer.Ordinal);
        OutputMaterializers = new SortedDictionary<string, string>(outputMaterializers.ToDictionary(), StringComparer.Ordinal);
        Value = ComputeValue();
    }

    /// <summary>The step's name in the pipeline (two calls of one step type under different names are cached apart).</summary>
    public string StepName { get; }

    /// <summary><c>il:&lt;sha256&gt;</c> of the step type's code, or <c>version:&lt;v&gt;</c> from its <c>[StepVersion]</c> attribute.</summary>
    public string CodeVersion { get; }

    /// <summary>The step's parameters as canonical JSON (sorted keys, invariant numbers).</summary>
    public string ParametersJson { get; }

    /// <summary>The content hash (SHA-256) of each input artifact, by input name (<c>Models[0]</c> for list inputs).</summary>
    public IReadOnlyDictionary<string, string> InputHashes { get; }

    /// <summary>The materializer id of each declared output, by output name.</summary>
    public IReadOnlyDictionary<string, string> OutputMaterializers { get; }

    /// <summary>The key itself: lower-case hex SHA-256 over the canonical JSON of the components above.</summary>
    public string Value { get; }

    /// <summary>The components that differ between this key and <paramref name="other"/>, in words, for "why was this step not cached" messages.</summary>
    public IReadOnlyList<string> DifferencesFrom(StepCacheKey other)
    {
        var differences = new List<string>();
        if (CodeVersion != other.CodeVersion)
        {
            differences.Add($"code changed ({Short(other.CodeVersion)} -> {Short(CodeVersion)})");
        }

        if (ParametersJson != other.ParametersJson)
        {
            differences.Add($"parameters changed ({other.ParametersJson} -> {ParametersJson})");
        }

        foreach (var name in InputHashes.Keys.Union(other.InputHashes.Keys).Order(StringComparer.Ordinal))
        {
            var now = InputHashes.GetValueOrDefault(name);
            var before = other.InputHashes.GetValueOrDefault(name);
            if (now != before)
            {
                differences.Add($"input '{name}' changed ({Short(before)} -> {Short(now)})");
            }
        }

        if (!OutputMaterializers.SequenceEqual(other.OutputMaterializers))
        {
            differences.Add("outputs or their materializers changed");
        }

        return differences;
    }

    /// <summary>The key value.</summary>
    public override string ToString() => Value;

    /// <summary>The components as canonical JSON: what <see cref="Value"/> hashes, and what step runs record to explain later misses.</summary>
    internal string ToJson() => CanonicalJson.Serialize(new Dictionary<string, object?>
    {
        ["step"] = StepName,
        ["code"] = CodeVersion,
        ["parameters"] = ParametersJson,
        ["inputs"] = InputHashes,
        ["outputs"] = OutputMaterializers,
    });

    /// <summary>Reads the components written by <see cref="ToJson"/>.</summary>
    internal static StepCacheKey FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new StepCacheKey(
            root.GetProperty("step").GetString()!,
            root.GetProperty("code").GetString()!,
            root.GetProperty("parameters").GetString()!,
            ReadMap(root.GetProperty("inputs")),
            ReadMap(root.GetProperty("outputs")));
    }

    private static Dictionary<string, string> ReadMap(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private string ComputeValue() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToJson())));

    private static string Short(string? text) => text is null ? "none" : text.Length > 19 ? text[..19] + "…" : text;
}

using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Modelplane.Caching;

namespace Modelplane.Pipelines;

/// <summary>
/// What the engine knows about a step type from reflection, computed once per type: its default
/// name, code version, inputs, parameters and output record.
/// </summary>
internal sealed class StepDescriptor
{
    private static readonly ConcurrentDictionary<Type, StepDescriptor> Cache = new();

    private StepDescriptor(Type stepType)
    {
        StepType = stepType;
        DefaultName = StepNaming.ToSnakeCase(stepType.Name);
        var version = stepType.GetCustomAttribute<StepVersionAttribute>();
        CodeVersion = version is null ? "il:" + CodeFingerprint.Of(stepType) : "version:" + version.Version;
        CacheDisabledByAttribute = stepType.IsDefined(typeof(DisableCacheAttribute), inherit: false);

        var constructorParameters = stepType.GetConstructors()
            .SelectMany(c => c.GetParameters())
            .Where(p => p.Name is not null)
            .GroupBy(p => p.Name!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var properties = stepType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead && p.DeclaringType != typeof(PipelineStep))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        Inputs = properties.Where(p => IsArtifactProperty(p.PropertyType)).ToList();
        Parameters = properties
            .Where(p => !IsArtifactProperty(p.PropertyType))
            .Where(p => !p.IsDefined(typeof(IgnoreInCacheKeyAttribute))
                && !(constructorParameters.TryGetValue(p.Name, out var parameter) && parameter.IsDefined(typeof(IgnoreInCacheKeyAttribute))))
            .ToList();
        Output = FindOutputType(stepType) is { } outputType ? OutputDescriptor.Of(outputType, stepType) : null;
    }

    /// <summary>The step's .NET type.</summary>
    public Type StepType { get; }

    /// <summary>The name used when the call site gives none: the type name in snake_case.</summary>
    public string DefaultName { get; }

    /// <summary><c>il:&lt;fingerprint&gt;</c> or <c>version:&lt;StepVersion&gt;</c>.</summary>
    public string CodeVersion { get; }

    /// <summary>Whether the type carries <see cref="DisableCacheAttribute"/>.</summary>
    public bool CacheDisabledByAttribute { get; }

    /// <summary>Properties holding an <see cref="Artifact{T}"/> or a list of them.</summary>
    public IReadOnlyList<PropertyInfo> Inputs { get; }

    /// <summary>Every other public property: the parameters that go into the cache key.</summary>
    public IReadOnlyList<PropertyInfo> Parameters { get; }

    /// <summary>The output record's shape, or null for a <see cref="Step"/> without outputs.</summary>
    public OutputDescriptor? Output { get; }

    public static StepDescriptor Of(Type stepType) => Cache.GetOrAdd(stepType, type => new StepDescriptor(type));

    /// <summary>The step's input artifacts by input name; a list input <c>Models</c> gives <c>Models[0]</c>, <c>Models[1]</c>...</summary>
    public IReadOnlyList<KeyValuePair<string, IArtifact>> ReadInputs(PipelineStep step, string stepName)
    {
        var inputs = new List<KeyValuePair<string, IArtifact>>();
        foreach (var property in Inputs)
        {
            switch (property.GetValue(step))
            {
                case null:
                    break;
                case IArtifact artifact:
                    inputs.Add(new(property.Name, artifact));
                    break;
                case IEnumerable<IArtifact> list:
                    var index = 0;
                    foreach (var artifact in list)
                    {
                        var name = $"{property.Name}[{index++}]";
                        inputs.Add(new(name, artifact ?? throw new ArgumentException($"Input '{name}' of step '{stepName}' is null; pass an artifact produced by a step or looked up from a model version.")));
                    }

                    break;
            }
        }

        return inputs;
    }

    /// <summary>The step's parameters as canonical JSON.</summary>
    public string ReadParametersJson(PipelineStep step, string stepName)
    {
        var values = new List<KeyValuePair<string, object?>>();
        foreach (var property in Parameters)
        {
            values.Add(new(property.Name, property.GetValue(step)));
        }

        try
        {
            return CanonicalJson.Serialize(values);
        }
        catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException)
        {
            var names = string.Join(", ", Parameters.Select(p => $"{p.Name} ({p.PropertyType.Name})"));
            throw new ArgumentException(
                $"The parameters of step '{stepName}' ({StepType.Name}: {names}) cannot be written as JSON, which the cache key needs. " +
                $"Use plain values (numbers, strings, lists, records), or mark services with [IgnoreInCacheKey]. {exception.Message}",
                exception);
        }
    }

    private static bool IsArtifactProperty(Type type) =>
        typeof(IArtifact).IsAssignableFrom(type) || typeof(IEnumerable<IArtifact>).IsAssignableFrom(type);

    private static Type? FindOutputType(Type stepType)
    {
        for (var type = stepType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Step<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}

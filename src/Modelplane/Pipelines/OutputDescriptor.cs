using System.Reflection;

namespace Modelplane.Pipelines;

/// <summary>
/// The shape of a step's output record: its primary-constructor parameters, each an
/// <see cref="Artifact{T}"/>. Reads the artifacts out of a returned record, and rebuilds a record
/// from stored artifacts on a cache hit.
/// </summary>
internal sealed class OutputDescriptor
{
    private readonly ConstructorInfo constructor;

    private OutputDescriptor(Type outputType, ConstructorInfo constructor, IReadOnlyList<OutputSlot> slots)
    {
        OutputType = outputType;
        this.constructor = constructor;
        Slots = slots;
    }

    /// <summary>The output record type.</summary>
    public Type OutputType { get; }

    /// <summary>One slot per constructor parameter, in declaration order.</summary>
    public IReadOnlyList<OutputSlot> Slots { get; }

    public static OutputDescriptor Of(Type outputType, Type stepType)
    {
        var constructor = outputType.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault(c => c.GetParameters().All(p => IsArtifactType(p.ParameterType)));
        if (constructor is null)
        {
            throw new ArgumentException(
                $"The output type {outputType.Name} of step {stepType.Name} needs a public constructor whose parameters are all Artifact<T>, " +
                $"such as 'public sealed record Output(Artifact<IDataView> Train, Artifact<IDataView> Test);'.");
        }

        var slots = new List<OutputSlot>();
        foreach (var parameter in constructor.GetParameters())
        {
            var property = outputType.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new ArgumentException(
                    $"The output type {outputType.Name} of step {stepType.Name} has constructor parameter '{parameter.Name}' but no public property of that name; use a positional record.");
            slots.Add(new OutputSlot(parameter.Name!, parameter.ParameterType.GetGenericArguments()[0], property));
        }

        return new OutputDescriptor(outputType, constructor, slots);
    }

    /// <summary>The artifacts held by a returned output record, by slot name.</summary>
    public IReadOnlyList<KeyValuePair<string, IArtifact?>> Read(object output) =>
        Slots.Select(slot => new KeyValuePair<string, IArtifact?>(slot.Name, (IArtifact?)slot.Property.GetValue(output))).ToList();

    /// <summary>Builds an output record from one artifact per slot.</summary>
    public object Rebuild(IReadOnlyDictionary<string, IArtifact> artifacts) =>
        constructor.Invoke(Slots.Select(slot => (object)artifacts[slot.Name]).ToArray());

    private static bool IsArtifactType(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Artifact<>);
}

/// <summary>One output of a step: its name (the record property) and the declared value type.</summary>
internal sealed record OutputSlot(string Name, Type ValueType, PropertyInfo Property);

using Modelplane.Artifacts.Materializers;
using Modelplane.Errors;

namespace Modelplane.Artifacts;

/// <summary>
/// Picks the materializer for a type when saving, and finds it again by id when loading.
/// Built in: strings, numbers and booleans, byte arrays, and JSON for everything else.
/// </summary>
/// <remarks>
/// For a type, the most specific materializer that can handle it wins: one made for exactly that
/// type beats one for a base class (nearer bases first), which beats one for an interface; the
/// JSON fallback comes last. On a tie, registered materializers beat built-in ones, and the one
/// registered first wins.
/// </remarks>
public sealed class MaterializerRegistry
{
    private readonly List<IMaterializer> _registered = [];
    private readonly List<IMaterializer> _builtIn = [new StringMaterializer(), new ScalarMaterializer(), new BytesMaterializer()];
    private readonly IMaterializer _fallback = new JsonMaterializer();
    private readonly Lock _lock = new();

    /// <summary>Adds <paramref name="materializer"/>. Its id must not be taken by another materializer.</summary>
    public MaterializerRegistry Register(IMaterializer materializer)
    {
        ArgumentNullException.ThrowIfNull(materializer);
        lock (_lock)
        {
            if (Snapshot().Any(m => m.Id == materializer.Id))
            {
                throw new ValidationException($"A materializer with id '{materializer.Id}' is already registered; ids must be unique because artifacts record them.");
            }

            _registered.Add(materializer);
        }

        return this;
    }

    /// <summary>The materializer used to save a value of <paramref name="type"/>.</summary>
    public IMaterializer For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        lock (_lock)
        {
            var best = _registered.Concat(_builtIn)
                .Select((materializer, order) => (materializer, order))
                .Where(candidate => candidate.materializer.CanHandle(type))
                .OrderBy(candidate => Distance(candidate.materializer, type))
                .ThenBy(candidate => candidate.order)
                .Select(candidate => candidate.materializer)
                .FirstOrDefault();
            return best ?? (_fallback.CanHandle(type)
                ? _fallback
                : throw new NotFoundException($"No materializer can save a {type}. Register one with MaterializerRegistry.Register."));
        }
    }

    /// <summary>The materializer with <paramref name="id"/>, as recorded on an artifact version.</summary>
    public IMaterializer Get(string id)
    {
        lock (_lock)
        {
            return Snapshot().FirstOrDefault(m => m.Id == id)
                ?? throw new NotFoundException($"No materializer with id '{id}' is registered, so artifacts it wrote cannot be loaded. Register it (for example, reference the package that provides it and call its registration method).");
        }
    }

    /// <summary>Every materializer known, registered ones first, the JSON fallback last.</summary>
    public IReadOnlyList<IMaterializer> All()
    {
        lock (_lock)
        {
            return Snapshot();
        }
    }

    private List<IMaterializer> Snapshot() => [.. _registered, .. _builtIn, _fallback];

    // How far the materializer's declared type is from the requested one; lower is more specific.
    private static int Distance(IMaterializer materializer, Type type)
    {
        var handled = HandledType(materializer.GetType());
        if (handled is null)
        {
            return 500;
        }

        if (handled.IsInterface)
        {
            return 1000;
        }

        var distance = 0;
        for (var current = type; current is not null; current = current.BaseType, distance++)
        {
            if (current == handled)
            {
                return distance;
            }
        }

        return 1000;
    }

    private static Type? HandledType(Type materializerType)
    {
        for (var current = materializerType; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(Materializer<>))
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }
}

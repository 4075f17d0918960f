using System.Text.Json;

namespace Modelplane.Artifacts.Materializers;

/// <summary>The fallback: any value System.Text.Json can serialise (records, classes, collections) as a JSON file.</summary>
internal sealed class JsonMaterializer : IMaterializer
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public string Id => "modelplane.json";

    public ArtifactKind DefaultKind => ArtifactKind.Data;

    // Delegates, pointers and open generics cannot be serialised; everything else is attempted.
    public bool CanHandle(Type type) =>
        !typeof(Delegate).IsAssignableFrom(type) && !type.IsPointer && !type.ContainsGenericParameters;

    public void Save(object value, string path)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, value, value.GetType(), Options);
    }

    public object Load(Type type, string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize(stream, type, Options)
            ?? throw new InvalidDataException($"The JSON file '{path}' holds null, not a {type}.");
    }
}

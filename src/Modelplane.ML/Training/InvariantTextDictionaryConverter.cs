using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modelplane.ML.Training;

/// <summary>Reads a JSON object whose values may be strings, numbers or booleans into invariant text.</summary>
internal sealed class InvariantTextDictionaryConverter : JsonConverter<Dictionary<string, string>>
{
    public override Dictionary<string, string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("Parameters must be a JSON object of name: value pairs.");
        }

        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => InvariantTextListConverter.Scalar(p.Value));
    }

    public override void Write(Utf8JsonWriter writer, Dictionary<string, string> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, text) in value.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteString(name, text);
        }

        writer.WriteEndObject();
    }
}

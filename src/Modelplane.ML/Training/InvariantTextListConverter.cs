using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modelplane.ML.Training;

/// <summary>Reads a JSON array whose items may be strings, numbers or booleans into invariant text.</summary>
internal sealed class InvariantTextListConverter : JsonConverter<List<string>>
{
    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("Choices must be a JSON array of values.");
        }

        return document.RootElement.EnumerateArray().Select(Scalar).ToList();
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }

    internal static string Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => throw new JsonException($"Expected a string, number or boolean, found {element.ValueKind}."),
    };
}

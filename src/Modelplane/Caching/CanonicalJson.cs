using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modelplane.Caching;

/// <summary>
/// One JSON text per value: object keys sorted ordinally, numbers in their shortest invariant form,
/// no whitespace. Two parameter sets that mean the same thing give the same text, so they give the
/// same cache key whatever the culture, the declaration order or the numeric type (1, 1.0, 1.00m).
/// </summary>
internal static class CanonicalJson
{
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        // Enum names survive reordering of the enum; their numbers would not.
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Escaping only what JSON requires keeps the text readable in "why was this cached" messages.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises named values as one JSON object with sorted keys.</summary>
    public static string Serialize(IEnumerable<KeyValuePair<string, object?>> namedValues)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in namedValues.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                using var document = JsonSerializer.SerializeToDocument(value, value?.GetType() ?? typeof(object), SerializerOptions);
                WriteCanonical(document.RootElement, writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Rewrites any JSON text in canonical form.</summary>
    public static string Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteCanonical(document.RootElement, writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteCanonical(JsonElement element, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(property.Value, writer);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(item, writer);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                WriteCanonicalNumber(element, writer);
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }

    private static void WriteCanonicalNumber(JsonElement number, Utf8JsonWriter writer)
    {
        if (number.TryGetInt64(out var integer))
        {
            writer.WriteNumberValue(integer);
        }
        else if (number.TryGetDouble(out var real) && double.IsFinite(real) && real == Math.Floor(real) && Math.Abs(real) < 9e15)
        {
            // 2.0 and 2 are the same parameter value.
            writer.WriteNumberValue((long)real);
        }
        else if (number.TryGetDouble(out real) && double.IsFinite(real))
        {
            writer.WriteNumberValue(real);
        }
        else
        {
            number.WriteTo(writer);
        }
    }
}

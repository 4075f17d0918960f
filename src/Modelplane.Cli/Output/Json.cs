using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modelplane.Cli.Output;

/// <summary>How <c>--json</c> output is written: camelCase, indented, nulls kept so every field is always present.</summary>
internal static class Json
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write<T>(TextWriter output, T document)
    {
        output.WriteLine(JsonSerializer.Serialize(document, Options));
        output.Flush();
    }
}

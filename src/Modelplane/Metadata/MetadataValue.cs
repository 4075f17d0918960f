using System.Globalization;
using System.Text.Json;

namespace Modelplane.Metadata;

/// <summary>
/// A typed metadata value attached to a model version, artifact version, pipeline run or step run.
/// The value is kept in its invariant text form so every store round-trips it exactly.
/// </summary>
public sealed record MetadataValue
{
    private MetadataValue(MetadataType type, string text)
    {
        Type = type;
        Text = text;
    }

    /// <summary>The type tag.</summary>
    public MetadataType Type { get; }

    /// <summary>The invariant text form: numbers in round-trip format, booleans as <c>true</c>/<c>false</c>, JSON as compact JSON.</summary>
    public string Text { get; }

    /// <summary>A text value.</summary>
    public static MetadataValue String(string value) => new(MetadataType.String, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>An integer value.</summary>
    public static MetadataValue Integer(long value) => new(MetadataType.Integer, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A floating-point value. NaN and infinities are rejected: they are not valid JSON and would not round-trip.</summary>
    public static MetadataValue Float(double value) => double.IsFinite(value)
        ? new(MetadataType.Float, value.ToString("R", CultureInfo.InvariantCulture))
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Metadata numbers must be finite.");

    /// <summary>A boolean value.</summary>
    public static MetadataValue Bool(bool value) => new(MetadataType.Bool, value ? "true" : "false");

    /// <summary>A JSON value, serialised with System.Text.Json.</summary>
    public static MetadataValue Json<T>(T value) => new(MetadataType.Json, JsonSerializer.Serialize(value));

    /// <summary>A JSON value from a JSON text, validated and stored compactly.</summary>
    public static MetadataValue JsonText(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new(MetadataType.Json, JsonSerializer.Serialize(document.RootElement));
    }

    /// <summary>An absolute URI.</summary>
    public static MetadataValue Uri(Uri value) => value.IsAbsoluteUri
        ? new(MetadataType.Uri, value.AbsoluteUri)
        : throw new ArgumentException($"Metadata URIs must be absolute: '{value}'.", nameof(value));

    /// <summary>A size in bytes.</summary>
    public static MetadataValue StorageSize(long bytes) => bytes >= 0
        ? new(MetadataType.StorageSize, bytes.ToString(CultureInfo.InvariantCulture))
        : throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "A storage size cannot be negative.");

    /// <summary>Rebuilds a value from its stored type tag and text, validating the text.</summary>
    public static MetadataValue FromStored(MetadataType type, string text) => type switch
    {
        MetadataType.String => String(text),
        MetadataType.Integer => Integer(long.Parse(text, CultureInfo.InvariantCulture)),
        MetadataType.Float => Float(double.Parse(text, CultureInfo.InvariantCulture)),
        MetadataType.Bool => Bool(bool.Parse(text)),
        MetadataType.Json => JsonText(text),
        MetadataType.Uri => Uri(new Uri(text, UriKind.Absolute)),
        MetadataType.StorageSize => StorageSize(long.Parse(text, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown metadata type."),
    };

    /// <summary>The value as a long (Integer and StorageSize).</summary>
    public long AsInteger() => Type is MetadataType.Integer or MetadataType.StorageSize
        ? long.Parse(Text, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"Metadata value of type {Type} is not an integer.");

    /// <summary>The value as a double (Float, Integer and StorageSize).</summary>
    public double AsDouble() => Type is MetadataType.Float or MetadataType.Integer or MetadataType.StorageSize
        ? double.Parse(Text, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"Metadata value of type {Type} is not a number.");

    /// <summary>The value as a bool.</summary>
    public bool AsBool() => Type == MetadataType.Bool
        ? Text == "true"
        : throw new InvalidOperationException($"Metadata value of type {Type} is not a boolean.");

    /// <summary>The JSON value deserialised to <typeparamref name="T"/>.</summary>
    public T? AsJson<T>() => Type == MetadataType.Json
        ? JsonSerializer.Deserialize<T>(Text)
        : throw new InvalidOperationException($"Metadata value of type {Type} is not JSON.");

    /// <inheritdoc />
    public override string ToString() => Text;

    /// <summary>A string value.</summary>
    public static implicit operator MetadataValue(string value) => String(value);

    /// <summary>An integer value.</summary>
    public static implicit operator MetadataValue(long value) => Integer(value);

    /// <summary>An integer value.</summary>
    public static implicit operator MetadataValue(int value) => Integer(value);

    /// <summary>A floating-point value.</summary>
    public static implicit operator MetadataValue(double value) => Float(value);

    /// <summary>A boolean value.</summary>
    public static implicit operator MetadataValue(bool value) => Bool(value);
}

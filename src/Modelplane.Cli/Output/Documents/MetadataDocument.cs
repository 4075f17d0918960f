using Modelplane.Metadata;

namespace Modelplane.Cli.Output.Documents;

/// <summary>A typed metadata value in <c>--json</c> output: its type tag and its invariant text form.</summary>
internal sealed record MetadataDocument(MetadataType Type, string Value)
{
    public static IReadOnlyDictionary<string, MetadataDocument> Of(IReadOnlyDictionary<string, MetadataValue> metadata) =>
        metadata.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => new MetadataDocument(p.Value.Type, p.Value.Text));
}

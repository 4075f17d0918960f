using Modelplane.Metadata;

namespace Modelplane.Artifacts;

/// <summary>The metadata every new artifact version gets without the step asking for it.</summary>
internal static class AutomaticMetadata
{
    /// <summary>The key of the stored file's size, recorded on every artifact version.</summary>
    public const string StorageSizeKey = "storage_size";

    /// <summary>
    /// What the materializer extracts from the value, plus the stored file's size. The size comes from
    /// the committed file, so no materializer has to serialize a value a second time to measure it.
    /// </summary>
    public static Dictionary<string, MetadataValue> For(IMaterializer materializer, object value, StoredContent content) =>
        new(materializer.ExtractMetadata(value), StringComparer.Ordinal)
        {
            [StorageSizeKey] = MetadataValue.StorageSize(content.Size),
        };
}

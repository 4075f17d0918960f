using Modelplane.Metadata;

namespace Modelplane.Artifacts;

/// <summary>
/// Turns a value of some .NET type into one file and back. Every artifact version records the
/// <see cref="Id"/> of the materializer that wrote it, so it can be read back by the same one.
/// </summary>
/// <remarks>
/// Materializers work on file paths, not streams: the store hands <see cref="Save"/> a temporary
/// path, hashes the file and renames it into its content-addressed place; <see cref="Load"/> gets
/// the verified file. Lazily read values (an ML.NET <c>IDataView</c>) may keep reading that file,
/// which is safe because stored artifact files are immutable.
/// </remarks>
public interface IMaterializer
{
    /// <summary>A stable identifier such as <c>modelplane.json</c>; never change it once artifacts exist.</summary>
    string Id { get; }

    /// <summary>The kind given to artifacts written by this materializer unless the step says otherwise.</summary>
    ArtifactKind DefaultKind { get; }

    /// <summary>Whether this materializer can save and load values of <paramref name="type"/>.</summary>
    bool CanHandle(Type type);

    /// <summary>Writes <paramref name="value"/> to a new file at <paramref name="path"/>.</summary>
    void Save(object value, string path);

    /// <summary>Reads a value of <paramref name="type"/> from the file at <paramref name="path"/>.</summary>
    object Load(Type type, string path);

    /// <summary>
    /// Metadata recorded automatically with every artifact version this materializer writes (rows, columns, trainer...).
    /// The stored file's size (<c>storage_size</c>) is added by the store for every materializer, so do not serialize the value again to measure it.
    /// </summary>
    IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(object value) => new Dictionary<string, MetadataValue>();

    /// <summary>
    /// Whether later steps of the same run may get the value this materializer has just saved, as is,
    /// instead of reading it back from the file. Say yes only for immutable values that read back
    /// equal to what was saved (a trained model), never for lazily read ones (an <c>IDataView</c>).
    /// </summary>
    /// <remarks>It spares reading and parsing the file again, which for an ML.NET model costs a few hundred milliseconds.</remarks>
    bool ReusesSavedValue => false;
}

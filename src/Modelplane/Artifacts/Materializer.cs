using Modelplane.Metadata;

namespace Modelplane.Artifacts;

/// <summary>A typed base class for materializers of one type <typeparamref name="T"/> (and its subtypes).</summary>
/// <typeparam name="T">The type handled.</typeparam>
public abstract class Materializer<T> : IMaterializer where T : notnull
{
    /// <inheritdoc />
    public abstract string Id { get; }

    /// <inheritdoc />
    public virtual ArtifactKind DefaultKind => ArtifactKind.Data;

    /// <inheritdoc />
    public virtual bool CanHandle(Type type) => typeof(T).IsAssignableFrom(type);

    /// <summary>Writes <paramref name="value"/> to a new file at <paramref name="path"/>.</summary>
    protected abstract void Save(T value, string path);

    /// <summary>Reads a value from the file at <paramref name="path"/>.</summary>
    protected abstract T Load(string path);

    /// <summary>Metadata recorded automatically with each artifact version; the store adds the stored file's size (<c>storage_size</c>) itself.</summary>
    protected virtual IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(T value) => new Dictionary<string, MetadataValue>();

    /// <summary>Whether later steps of the same run may get a saved value as is; see <see cref="IMaterializer.ReusesSavedValue"/>.</summary>
    protected virtual bool ReusesSavedValue => false;

    bool IMaterializer.ReusesSavedValue => ReusesSavedValue;

    void IMaterializer.Save(object value, string path) => Save((T)value, path);

    object IMaterializer.Load(Type type, string path) => Load(path);

    IReadOnlyDictionary<string, MetadataValue> IMaterializer.ExtractMetadata(object value) => ExtractMetadata((T)value);
}

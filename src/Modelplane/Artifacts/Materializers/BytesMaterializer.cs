namespace Modelplane.Artifacts.Materializers;

/// <summary>Byte arrays stored as they are.</summary>
internal sealed class BytesMaterializer : Materializer<byte[]>
{
    public override string Id => "modelplane.bytes";

    public override bool CanHandle(Type type) => type == typeof(byte[]);

    protected override void Save(byte[] value, string path) => File.WriteAllBytes(path, value);

    protected override byte[] Load(string path) => File.ReadAllBytes(path);
}

using System.Text;

namespace Modelplane.Artifacts.Materializers;

/// <summary>Strings as UTF-8 text files (no byte order mark).</summary>
internal sealed class StringMaterializer : Materializer<string>
{
    public override string Id => "modelplane.string";

    public override bool CanHandle(Type type) => type == typeof(string);

    protected override void Save(string value, string path) => File.WriteAllText(path, value, new UTF8Encoding(false));

    protected override string Load(string path) => File.ReadAllText(path, Encoding.UTF8);
}

using System.Globalization;
using System.Text;

namespace Modelplane.Artifacts.Materializers;

/// <summary>
/// Numbers and booleans as their invariant, round-trippable text, so a stored <c>0.1</c> reads back
/// as exactly the same double and the file is readable by people and other tools.
/// </summary>
internal sealed class ScalarMaterializer : IMaterializer
{
    private static readonly HashSet<Type> Handled = [typeof(int), typeof(long), typeof(double), typeof(float), typeof(decimal), typeof(bool)];

    public string Id => "modelplane.scalar";

    public ArtifactKind DefaultKind => ArtifactKind.Data;

    public bool CanHandle(Type type) => Handled.Contains(type);

    public void Save(object value, string path)
    {
        var text = value switch
        {
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new ArgumentException($"The scalar materializer cannot save a {value.GetType()}.", nameof(value)),
        };
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    public object Load(Type type, string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8).Trim();
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(int) => int.Parse(text, NumberStyles.Integer, invariant),
            _ when type == typeof(long) => long.Parse(text, NumberStyles.Integer, invariant),
            _ when type == typeof(double) => double.Parse(text, NumberStyles.Float, invariant),
            _ when type == typeof(float) => float.Parse(text, NumberStyles.Float, invariant),
            _ when type == typeof(decimal) => decimal.Parse(text, NumberStyles.Number, invariant),
            _ when type == typeof(bool) => bool.Parse(text),
            _ => throw new ArgumentException($"The scalar materializer cannot load a {type}.", nameof(type)),
        };
    }
}

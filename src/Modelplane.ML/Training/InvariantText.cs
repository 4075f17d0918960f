using System.Globalization;

namespace Modelplane.ML.Training;

/// <summary>Parameter values as invariant text, the one form they are stored, compared and printed in.</summary>
internal static class InvariantText
{
    public static string Format(object value) => value switch
    {
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

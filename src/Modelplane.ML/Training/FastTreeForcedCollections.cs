using System.Reflection;

namespace Modelplane.ML.Training;

/// <summary>
/// Turns off the full garbage collections ML.NET's FastTree and FastForest trainers force on every fit.
/// </summary>
/// <remarks>
/// Each fit forces three blocking gen-2 collections (dotnet/machinelearning#4135: a workaround for a
/// .NET Framework 4.6 bug, with no option to turn it off). A search makes dozens of fits while other
/// trials run, and every forced collection stops all of them. The switch is the trainer's protected
/// <c>AllowGC</c> field; a test fails if an ML.NET upgrade renames it.
/// </remarks>
internal static class FastTreeForcedCollections
{
    private const string FieldName = "AllowGC";

    /// <summary>Clears the flag on a FastTree-family trainer; other trainers are left as they are.</summary>
    public static void Disable(object trainer) => Field(trainer.GetType())?.SetValue(trainer, false);

    /// <summary>Whether the trainer will force collections (null when it has no such switch).</summary>
    public static bool? IsEnabled(object trainer) => (bool?)Field(trainer.GetType())?.GetValue(trainer);

    private static FieldInfo? Field(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.GetField(FieldName, BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is { FieldType: var fieldType } field
                && fieldType == typeof(bool))
            {
                return field;
            }
        }

        return null;
    }
}

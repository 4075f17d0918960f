namespace Modelplane.Artifacts;

/// <summary>The type name recorded with an artifact version, which loading resolves with <see cref="Type.GetType(string, bool)"/>.</summary>
internal static class ArtifactTypeName
{
    // Assembly-qualified without version, culture and key, so a library upgrade does not orphan artifacts.
    public static string Of(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}

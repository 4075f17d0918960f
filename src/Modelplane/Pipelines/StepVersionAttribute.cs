namespace Modelplane.Pipelines;

/// <summary>
/// Gives a step an explicit code version for its cache key, instead of the fingerprint of its IL.
/// Bump it when the step's behaviour changes through code the fingerprint cannot see (a helper
/// class, a library upgrade); keep it when you only reformat or rename.
/// </summary>
/// <param name="version">Any text, such as <c>"2"</c>.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StepVersionAttribute(string version) : Attribute
{
    /// <summary>The version text that replaces the code fingerprint in the cache key.</summary>
    public string Version { get; } = string.IsNullOrWhiteSpace(version)
        ? throw new ArgumentException("A step version cannot be empty.", nameof(version))
        : version;
}

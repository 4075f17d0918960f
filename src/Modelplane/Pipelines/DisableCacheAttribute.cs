namespace Modelplane.Pipelines;

/// <summary>
/// Marks a step that must run every time, such as an alert or anything with side effects outside
/// the artifact store. It beats the pipeline's cache setting; only <c>run.Step(step, cache: true)</c>
/// at a call site overrides it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DisableCacheAttribute : Attribute;

namespace Modelplane.Pipelines;

/// <summary>
/// Leaves a step property out of the parameters that make up its cache key: for services that do
/// not change what the step produces (an alerter, a logger, a clock) and that may not be JSON.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IgnoreInCacheKeyAttribute : Attribute;

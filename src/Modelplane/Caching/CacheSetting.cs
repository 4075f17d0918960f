namespace Modelplane.Caching;

/// <summary>
/// Decides whether caching is on for one step: the call site's <c>cache:</c> argument, else the
/// step type's <c>[DisableCache]</c>, else the pipeline's <c>WithCache</c>, else on.
/// </summary>
internal static class CacheSetting
{
    /// <summary>Null when caching is on; otherwise why it is off.</summary>
    public static string? DisabledReason(bool? callSite, bool disabledByAttribute, string stepTypeName, bool? pipeline)
    {
        if (callSite is { } explicitSetting)
        {
            return explicitSetting ? null : "disabled by step setting (cache: false)";
        }

        if (disabledByAttribute)
        {
            return $"disabled by [DisableCache] on {stepTypeName}";
        }

        return pipeline == false ? "disabled by pipeline setting (WithCache(false))" : null;
    }
}

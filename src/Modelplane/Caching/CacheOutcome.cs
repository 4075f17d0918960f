namespace Modelplane.Caching;

/// <summary>How the step cache answered for one step execution.</summary>
public enum CacheOutcome
{
    /// <summary>Caching was off for the step (by the call site, the step type or the pipeline); the step ran.</summary>
    Disabled,

    /// <summary>No reusable earlier run; the step ran.</summary>
    Miss,

    /// <summary>An earlier completed run with the same key was reused; the step body did not run.</summary>
    Hit,
}

namespace Modelplane.Templates.Tests;

/// <summary>One choice of the template's feature options, with the command-line arguments that select it.</summary>
internal sealed record OptionCombination(
    bool HyperparameterTuning,
    bool MetricComparePromotion,
    bool DataQualityChecks,
    bool NotifyOnFailures,
    bool NotifyOnSuccesses,
    string TargetEnvironment,
    string License)
{
    /// <summary>Every combination of the five feature flags, both target environments and the licenses none and mit.</summary>
    public static IEnumerable<OptionCombination> All() =>
        from bits in Enumerable.Range(0, 32)
        from environment in new[] { "staging", "production" }
        from license in new[] { "none", "mit" }
        select new OptionCombination(
            (bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0, environment, license);

    public bool Notifications => NotifyOnFailures || NotifyOnSuccesses;

    public string[] ToArguments() =>
    [
        "--hyperparameter-tuning", Flag(HyperparameterTuning),
        "--metric-compare-promotion", Flag(MetricComparePromotion),
        "--data-quality-checks", Flag(DataQualityChecks),
        "--notify-on-failures", Flag(NotifyOnFailures),
        "--notify-on-successes", Flag(NotifyOnSuccesses),
        "--target-environment", TargetEnvironment,
        "--license", License,
    ];

    public override string ToString() => string.Join(' ', ToArguments());

    private static string Flag(bool value) => value ? "true" : "false";
}

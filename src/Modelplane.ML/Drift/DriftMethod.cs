using System.Text.Json.Serialization;

namespace Modelplane.ML.Drift;

/// <summary>A per-column drift test (Evidently's names in brackets).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DriftMethod>))]
public enum DriftMethod
{
    /// <summary>Two-sample Kolmogorov-Smirnov p-value (<c>ks</c>); drift when p ≤ 0.05.</summary>
    KolmogorovSmirnov,

    /// <summary>Chi-square goodness of fit of current counts to reference proportions (<c>chisquare</c>); drift when p &lt; 0.05.</summary>
    ChiSquare,

    /// <summary>Two-proportion Z-test (<c>z</c>); drift when p &lt; 0.05.</summary>
    ZTest,

    /// <summary>Wasserstein distance divided by the reference standard deviation (<c>wasserstein</c>); drift when ≥ 0.1.</summary>
    Wasserstein,

    /// <summary>Jensen-Shannon distance, natural log (<c>jensenshannon</c>); drift when ≥ 0.1.</summary>
    JensenShannon,

    /// <summary>Population stability index (<c>psi</c>); drift when ≥ 0.1. Only on request.</summary>
    Psi,
}

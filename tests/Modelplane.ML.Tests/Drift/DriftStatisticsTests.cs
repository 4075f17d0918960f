using System.Text.Json;
using Modelplane.ML.Drift;
using Modelplane.ML.Evaluation;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Drift;

/// <summary>
/// The drift statistics against reference values computed once with SciPy by
/// Fixtures/make_drift_fixtures.py (p-values to 1e-6, distances to 1e-9).
/// </summary>
public sealed class DriftStatisticsTests
{
    private static readonly Lazy<JsonElement> Fixtures = new(() => JsonDocument.Parse(File.ReadAllText(TestFiles.Fixture("drift_fixtures.json"))).RootElement);

    public static TheoryData<string> KsCases(string prefix) => Names("kolmogorov_smirnov", prefix);

    public static TheoryData<string> ExactKsCases() => KsCases("exact_");

    public static TheoryData<string> AsymptoticKsCases() => KsCases("asymptotic_");

    [Theory]
    [MemberData(nameof(ExactKsCases))]
    public void Exact_two_sample_KS_matches_scipy_ks_2samp_for_samples_of_at_most_10000(string name)
    {
        var fixture = Case("kolmogorov_smirnov", name);

        var (statistic, p) = KolmogorovSmirnov.Test(Numbers(fixture, "reference"), Numbers(fixture, "current"));

        Assert.Equal(fixture.GetProperty("statistic").GetDouble(), statistic, 12);
        Assert.Equal(fixture.GetProperty("p_value").GetDouble(), p, 1e-6);
    }

    [Theory]
    [MemberData(nameof(AsymptoticKsCases))]
    public void Asymptotic_two_sample_KS_matches_scipy_ks_2samp_above_10000_values(string name)
    {
        var fixture = Case("kolmogorov_smirnov", name);

        var (statistic, p) = KolmogorovSmirnov.Test(Numbers(fixture, "reference"), Numbers(fixture, "current"));

        Assert.Equal(fixture.GetProperty("statistic").GetDouble(), statistic, 12);
        Assert.Equal(fixture.GetProperty("p_value").GetDouble(), p, 1e-6);
    }

    [Fact]
    public void The_one_sample_Kolmogorov_survival_matches_scipy_kstwo_sf_across_its_algorithms()
    {
        foreach (var fixture in Fixtures.Value.GetProperty("kolmogorov_survival").EnumerateArray())
        {
            var n = fixture.GetProperty("n").GetInt32();
            var x = fixture.GetProperty("x").GetDouble();

            var sf = KolmogorovSmirnov.KolmogorovSurvival(n, x);

            Assert.True(Math.Abs(fixture.GetProperty("sf").GetDouble() - sf) < 1e-6, $"n={n} x={x}: scipy {fixture.GetProperty("sf").GetDouble()} vs {sf}");
        }
    }

    [Fact]
    public void Chi_square_matches_scipy_chisquare_as_Evidently_calls_it()
    {
        foreach (var fixture in Fixtures.Value.GetProperty("chi_square").EnumerateArray())
        {
            var p = DriftStatistics.ChiSquare(Strings(fixture, "reference"), Strings(fixture, "current"));

            Assert.Equal(fixture.GetProperty("p_value").GetDouble(), p, 1e-6);
        }
    }

    [Fact]
    public void Z_test_matches_the_two_proportion_test_with_scipy_norm()
    {
        foreach (var fixture in Fixtures.Value.GetProperty("z_test").EnumerateArray())
        {
            var p = DriftStatistics.ZTest(Strings(fixture, "reference"), Strings(fixture, "current"));

            Assert.Equal(fixture.GetProperty("p_value").GetDouble(), p, 1e-6);
        }
    }

    [Fact]
    public void Normed_Wasserstein_matches_scipy_wasserstein_distance_over_numpy_std()
    {
        var fixture = Fixtures.Value.GetProperty("wasserstein_normed")[0];

        var value = DriftStatistics.WassersteinNormed(Numbers(fixture, "reference"), Numbers(fixture, "current"));

        Assert.Equal(fixture.GetProperty("value").GetDouble(), value, 1e-9);
    }

    [Fact]
    public void Jensen_Shannon_matches_scipy_jensenshannon_on_Evidently_bins()
    {
        foreach (var fixture in Fixtures.Value.GetProperty("jensen_shannon").EnumerateArray())
        {
            var shares = Bins(fixture);

            var value = DriftStatistics.JensenShannon(shares.Reference, shares.Current);

            Assert.True(Math.Abs(fixture.GetProperty("value").GetDouble() - value) < 1e-9, fixture.GetProperty("name").GetString());
        }
    }

    [Fact]
    public void PSI_matches_Evidently_formula_including_zero_filling()
    {
        foreach (var fixture in Fixtures.Value.GetProperty("psi").EnumerateArray())
        {
            var shares = Bins(fixture);

            var value = DriftStatistics.Psi(shares.Reference, shares.Current);

            Assert.True(Math.Abs(fixture.GetProperty("value").GetDouble() - value) < 1e-9, fixture.GetProperty("name").GetString());
        }
    }

    [Fact]
    public void McNemar_matches_scipy_binomtest_and_chi2()
    {
        foreach (var fixture in Fixtures.Value.GetProperty("mcnemar").EnumerateArray())
        {
            var result = McNemarTest.Compute(fixture.GetProperty("b").GetInt64(), fixture.GetProperty("c").GetInt64());

            Assert.Equal(fixture.GetProperty("exact_p_value").GetDouble(), result.ExactPValue, 1e-9);
            Assert.Equal(fixture.GetProperty("chi_square").GetDouble(), result.ChiSquare, 1e-12);
            Assert.Equal(fixture.GetProperty("chi_square_p_value").GetDouble(), result.ChiSquarePValue, 1e-9);
        }
    }

    private static (double[] Reference, double[] Current) Bins(JsonElement fixture) =>
        fixture.GetProperty("numeric").GetBoolean()
            ? Binning.Numeric(Numbers(fixture, "reference"), Numbers(fixture, "current"))
            : Binning.Categorical(Strings(fixture, "reference"), Strings(fixture, "current"));

    private static TheoryData<string> Names(string group, string prefix)
    {
        var data = new TheoryData<string>();
        foreach (var fixture in Fixtures.Value.GetProperty(group).EnumerateArray())
        {
            var name = fixture.GetProperty("name").GetString()!;
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                data.Add(name);
            }
        }

        return data;
    }

    private static JsonElement Case(string group, string name) =>
        Fixtures.Value.GetProperty(group).EnumerateArray().Single(f => f.GetProperty("name").GetString() == name);

    private static double[] Numbers(JsonElement fixture, string property) =>
        fixture.GetProperty(property).EnumerateArray().Select(v => v.GetDouble()).ToArray();

    private static string[] Strings(JsonElement fixture, string property) =>
        fixture.GetProperty(property).EnumerateArray().Select(v => v.GetString()!).ToArray();
}

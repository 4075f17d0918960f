using System.Globalization;
using Modelplane.Caching;
using Modelplane.Pipelines.Tests.Steps;

namespace Modelplane.Pipelines.Tests;

public sealed class CacheKeyTests
{
    [Fact]
    public void Canonical_json_sorts_keys_and_writes_equal_numbers_alike_in_any_culture()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var a = CanonicalJson.Serialize([new("TestSize", 0.25), new("Columns", new[] { "b", "a" }), new("Trees", 100)]);
            var b = CanonicalJson.Serialize([new("Trees", 100.0m), new("TestSize", 0.250m), new("Columns", new[] { "b", "a" })]);

            Assert.Equal("{\"Columns\":[\"b\",\"a\"],\"TestSize\":0.25,\"Trees\":100}", a);
            Assert.Equal(a, b);
            Assert.Equal("{\"a\":{\"x\":1,\"y\":2}}", CanonicalJson.Canonicalize("{ \"a\": { \"y\": 2.0, \"x\": 1 } }"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Code_fingerprints_follow_the_code_not_the_type_name()
    {
        Assert.Equal(CodeFingerprint.Of(typeof(Steps.CodeV1.Same)), CodeFingerprint.Of(typeof(Steps.CodeV2.Same)));
        Assert.NotEqual(CodeFingerprint.Of(typeof(Steps.CodeV1.Transform)), CodeFingerprint.Of(typeof(Steps.CodeV2.Transform)));
    }

    [Fact]
    public void Code_fingerprints_see_inside_lambdas_and_async_state_machines()
    {
        // Transform differs only inside a lambda (a closure class), WithAsync only after an await (a state machine).
        Assert.NotEqual(CodeFingerprint.Of(typeof(Steps.CodeV1.Transform)), CodeFingerprint.Of(typeof(Steps.CodeV2.Transform)));
        Assert.NotEqual(CodeFingerprint.Of(typeof(Steps.CodeV1.WithAsync)), CodeFingerprint.Of(typeof(Steps.CodeV2.WithAsync)));
    }

    [Fact]
    public void Step_names_default_to_the_type_name_in_snake_case()
    {
        Assert.Equal("train_data_splitter", StepNaming.ToSnakeCase("TrainDataSplitter"));
        Assert.Equal("hp_tuning_single_search", StepNaming.ToSnakeCase("HpTuningSingleSearch"));
        Assert.Equal("etl_loader", StepNaming.ToSnakeCase("ETLLoader"));
        Assert.Equal("load_numbers", StepDescriptor.Of(typeof(LoadNumbers)).DefaultName);
    }

    [Fact]
    public void Parameters_exclude_inputs_and_services_marked_IgnoreInCacheKey()
    {
        var descriptor = StepDescriptor.Of(typeof(OverlapProbe));

        Assert.Equal(["Numbers"], descriptor.Inputs.Select(p => p.Name));
        Assert.Equal(["Index"], descriptor.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void A_key_lists_what_changed_since_another()
    {
        var before = new StepCacheKey("scale", "il:aa", "{\"Factor\":2}", new Dictionary<string, string> { ["Numbers"] = "h1" }, new Dictionary<string, string>());
        var after = new StepCacheKey("scale", "il:aa", "{\"Factor\":3}", new Dictionary<string, string> { ["Numbers"] = "h2" }, new Dictionary<string, string>());
        var same = new StepCacheKey("scale", "il:aa", "{\"Factor\":2}", new Dictionary<string, string> { ["Numbers"] = "h1" }, new Dictionary<string, string>());

        Assert.Equal(["parameters changed ({\"Factor\":2} -> {\"Factor\":3})", "input 'Numbers' changed (h1 -> h2)"], after.DifferencesFrom(before));
        Assert.Equal(before.Value, same.Value);
        Assert.NotEqual(before.Value, after.Value);
        Assert.Equal(before.Value, StepCacheKey.FromJson(before.ToJson()).Value);
    }
}

using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests;

[Collection(TemplatePackCollection.Name)]
public sealed class HelpTests(TemplatePackFixture pack)
{
    [Theory]
    [InlineData("--project-name", "-pn", "Modelplane E2E project")]
    [InlineData("--project-version", "-pv", "0.0.1")]
    [InlineData("--license", "-li", "apache")]
    [InlineData("--full-name", "-fn", "The project authors")]
    [InlineData("--email", "-em", "info@example.com")]
    [InlineData("--product-name", "-p", "e2e_use_case")]
    [InlineData("--target-environment", "-te", "staging")]
    [InlineData("--hyperparameter-tuning", "-hp", "true")]
    [InlineData("--metric-compare-promotion", "-mc", "true")]
    [InlineData("--data-quality-checks", "-dq", "true")]
    [InlineData("--notify-on-failures", "-nf", "true")]
    [InlineData("--notify-on-successes", "-ns", "false")]
    public async Task Help_lists_each_option_with_its_short_form_and_default(string longName, string shortName, string defaultValue)
    {
        var help = (await pack.NewAsync(TemplatePackFixture.ShortName, "--help")).EnsureSuccess().StandardOutput;

        var line = help.Split('\n').SingleOrDefault(line => line.TrimStart().StartsWith($"{shortName}, {longName} ", StringComparison.Ordinal));
        Assert.True(line is not null, $"No line for `{shortName}, {longName}` in:\n{help}");
        var description = string.Join('\n', help.Split('\n').SkipWhile(l => l != line).Skip(1).TakeWhile(l => !l.TrimStart().StartsWith('-')));
        Assert.Contains($"Default: {defaultValue}", line + description);
    }

    [Fact]
    public async Task Help_lists_the_metadata_store_url_and_no_restore_options()
    {
        var help = (await pack.NewAsync(TemplatePackFixture.ShortName, "--help")).EnsureSuccess().StandardOutput;

        Assert.Contains("-su, --metadata-store-url", help);
        Assert.Contains("--no-restore", help);
    }

    [Fact]
    public async Task Help_lists_every_license_choice()
    {
        var help = (await pack.NewAsync(TemplatePackFixture.ShortName, "--help")).EnsureSuccess().StandardOutput;

        foreach (var choice in new[] { "apache", "mit", "bsd", "isc", "gpl3", "none" })
        {
            Assert.Matches($@"(?m)^\s+{choice}\s+\S", help);
        }
    }

    [Fact]
    public async Task An_unknown_license_is_rejected()
    {
        var result = await pack.NewAsync(TemplatePackFixture.ShortName, "-o", Path.Combine(pack.WorkFolder, "bad-license"), "--license", "wtfpl", "--no-restore");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("wtfpl", result.StandardOutput + result.StandardError);
    }
}

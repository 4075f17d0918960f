using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests;

/// <summary>
/// Generated projects build without warnings against the bundled packages, and their own tests pass.
/// Restores use the fixture's fresh NuGet packages folder, so they see the Modelplane packages just packed.
/// </summary>
[Collection(TemplatePackCollection.Name)]
public sealed class GeneratedProjectBuildTests(TemplatePackFixture pack)
{
    /// <summary>Project names with the options to create them with.</summary>
    public static TheoryData<string, string[]> OptionSets => new()
    {
        { "Contoso.Churn", [] },
        // Every option away from its default at once, so each #else branch is compiled somewhere.
        {
            "Fabrikam.Scoring",
            [
                "--hyperparameter-tuning", "false", "--metric-compare-promotion", "false", "--data-quality-checks", "false",
                "--notify-on-failures", "false", "--notify-on-successes", "true", "--license", "none",
                "--target-environment", "production", "--metadata-store-url", "Host=db.example.com;Database=modelplane",
            ]
        },
    };

    [Theory]
    [Trait("Tier", "Full")]
    [MemberData(nameof(OptionSets))]
    public async Task The_project_builds_without_warnings_and_its_tests_pass(string projectName, string[] options)
    {
        var output = await pack.InstantiateAsync(projectName, options);

        var build = await BuildAsync(output);
        Assert.Matches(@"(?m)^\s*0 Warning\(s\)", build.StandardOutput);
        (await RunAsync(output, "test", $"{projectName}.slnx", "--no-build")).EnsureSuccess();
    }

    [Fact]
    [Trait("Tier", "Full")]
    public async Task The_modelplane_tool_restores_from_the_bundled_packages()
    {
        var output = await pack.InstantiateAsync("Contoso.Churn");

        (await RunAsync(output, "tool", "restore")).EnsureSuccess();
        var tools = (await RunAsync(output, "tool", "list", "--local")).EnsureSuccess();

        Assert.Contains("modelplane.cli", tools.StandardOutput);
    }

    [Fact]
    [Trait("Tier", "Full")]
    public async Task An_invalid_product_name_stops_the_app_at_startup_with_a_clear_message()
    {
        // dotnet new cannot validate a text option (dotnet/templating#2038), so the app does.
        var output = await pack.InstantiateAsync("BadName", "--product-name", "churn model");

        await BuildAsync(output);
        var run = await RunAsync(output, "run", "--project", "src/BadName", "--no-build", "--", "train");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'churn model' is not a valid product name", run.StandardError);
        Assert.DoesNotContain("   at ", run.StandardError);
    }

    private async Task<ProcessResult> BuildAsync(string output) =>
        (await RunAsync(output, "build", $"{Path.GetFileName(output)}.slnx")).EnsureSuccess();

    private Task<ProcessResult> RunAsync(string output, params string[] arguments) =>
        Dotnet.RunAsync(output, arguments, pack.GeneratedProjectEnvironment, TimeSpan.FromMinutes(5));
}

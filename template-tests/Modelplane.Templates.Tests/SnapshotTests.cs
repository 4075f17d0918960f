using Modelplane.Templates.Tests.Approval;
using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests;

/// <summary>The generated project, file by file, for a few option sets, against approved snapshots.</summary>
[Collection(TemplatePackCollection.Name)]
public sealed class SnapshotTests(TemplatePackFixture pack)
{
    private static readonly Dictionary<string, string[]> Cases = new()
    {
        // No options at all: proves the defaults themselves, not our idea of them.
        ["defaults"] = [],
        ["all-off"] =
        [
            "--hyperparameter-tuning", "false", "--metric-compare-promotion", "false", "--data-quality-checks", "false",
            "--notify-on-failures", "false", "--notify-on-successes", "false",
        ],
        ["license-none"] = ["--license", "none"],
        ["production"] = ["--target-environment", "production"],
        ["team-store"] = ["--metadata-store-url", "Host=db.example.com;Database=modelplane;Username=ml"],
    };

    [Theory]
    [InlineData("defaults")]
    [InlineData("all-off")]
    [InlineData("license-none")]
    [InlineData("production")]
    [InlineData("team-store")]
    public async Task Generated_project_matches_the_approved_snapshot(string caseName)
    {
        var output = await pack.InstantiateAsync("Contoso.Churn", Cases[caseName]);

        Approvals.Verify(caseName, ProjectSnapshot.Take(output));
    }
}

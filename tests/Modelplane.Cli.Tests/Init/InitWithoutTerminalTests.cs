using System.Text.Json;
using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Init;

[Collection(TemplateHiveCollection.Name)]
public sealed class InitWithoutTerminalTests(TemplateHiveFixture hive)
{
    [Fact]
    public async Task Without_a_terminal_init_asks_nothing_and_uses_the_templates_defaults()
    {
        var project = Path.Combine(hive.WorkFolder, "defaults", "Churn");

        (await CliRunner.RunAsync(hive.WorkFolder, null, "init", "--template", TemplateHiveFixture.ShortName, "-o", project, "--debug-hive", hive.HiveFolder, "--no-restore"))
            .ExpectExit(0);

        using var answers = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(project, ".modelplane-answers.json")));
        Assert.Equal(TemplateHiveFixture.ShortName, answers.RootElement.GetProperty("template").GetString());
        var given = answers.RootElement.GetProperty("answers");
        foreach (var symbol in new[] { "projectName", "license", "fullName", "productName", "targetEnvironment", "hyperparameterTuning", "notifyOnSuccesses" })
        {
            Assert.Equal(hive.DefaultOf(symbol), given.GetProperty(symbol).GetString());
        }

        Assert.False(given.TryGetProperty("skipRestore", out _), "skipRestore is init's --no-restore, not a question.");
        Assert.Contains($"name: {hive.DefaultOf("productName")}", await File.ReadAllTextAsync(Path.Combine(project, "configs", "train_config.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_that_is_not_installed_exits_3_and_says_how_to_install_it()
    {
        var emptyHive = Path.Combine(hive.WorkFolder, "empty-hive");

        var result = (await CliRunner.RunAsync(hive.WorkFolder, null, "init", "--template", TemplateHiveFixture.ShortName, "-o", Path.Combine(hive.WorkFolder, "never"), "--debug-hive", emptyHive))
            .ExpectExit(3);

        Assert.Contains("dotnet new install Modelplane.Templates", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(hive.WorkFolder, "never")));
    }
}

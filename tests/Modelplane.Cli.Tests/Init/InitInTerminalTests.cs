using System.Text.Json;
using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Init;

/// <summary>
/// <c>modelplane init</c> answered by a person at a terminal: the real tool runs in tmux, the test reads
/// each question off the screen and answers with arrow keys, Enter and typed text.
/// </summary>
[Collection(TemplateHiveCollection.Name)]
public sealed class InitInTerminalTests(TemplateHiveFixture hive)
{
    [SkippableFact]
    public async Task Every_option_is_asked_and_the_answers_shape_the_project()
    {
        TmuxSession.SkipUnlessAvailable();
        var folder = Directory.CreateDirectory(Path.Combine(hive.WorkFolder, "terminal")).FullName;
        var project = Path.Combine(folder, "MyProject");
        using var terminal = TmuxSession.Start(
            folder,
            folder,
            $"dotnet '{ProcessRunner.ToolPath}' init --template {TemplateHiveFixture.ShortName} -o '{project}' --debug-hive '{hive.HiveFolder}' --no-restore");

        await terminal.WaitForAsync("Project name (");
        terminal.Send("Enter");
        await terminal.WaitForAsync("Project version (");
        terminal.Send("Enter");

        await terminal.WaitForAsync("License (");
        await ChooseAsync(terminal, "license", "mit");
        await terminal.WaitForAsync("License: mit");

        await terminal.WaitForAsync("Copyright holder (");
        terminal.Send("Jane Doe", literal: true);
        terminal.Send("Enter");
        await terminal.WaitForAsync("Contact email (");
        terminal.Send("Enter");

        await terminal.WaitForAsync("Product name (");
        terminal.Send("my-product", literal: true);
        terminal.Send("Enter");
        await terminal.WaitForAsync("is not a valid product name");
        await terminal.WaitForAsync("Product name (", occurrences: 2);
        terminal.Send("my_product", literal: true);
        terminal.Send("Enter");

        await terminal.WaitForAsync("Target environment (");
        await ChooseAsync(terminal, "targetEnvironment", "production");
        await terminal.WaitForAsync("Target environment: production");

        await terminal.WaitForAsync("Hyperparameter tuning (");
        terminal.Send("n", literal: true);
        terminal.Send("Enter");
        foreach (var keptDefault in new[] { "Metric-compare promotion (", "Data quality checks (", "Notify on failures (", "Notify on successes (", "Metadata store URL (" })
        {
            await terminal.WaitForAsync(keptDefault);
            terminal.Send("Enter");
        }

        Assert.Equal(0, await terminal.WaitForExitAsync(TimeSpan.FromMinutes(2)));

        var trainConfig = await File.ReadAllTextAsync(Path.Combine(project, "configs", "train_config.yaml"));
        Assert.Contains("name: my_product", trainConfig, StringComparison.Ordinal);
        Assert.Contains("target_env: production", trainConfig, StringComparison.Ordinal);
        Assert.StartsWith("MIT License", await File.ReadAllTextAsync(Path.Combine(project, "LICENSE")), StringComparison.Ordinal);
        Assert.Contains("Jane Doe", await File.ReadAllTextAsync(Path.Combine(project, "LICENSE")), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(project, "HpTuning", SearchOption.AllDirectories));

        using var answers = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(project, ".modelplane-answers.json")));
        var given = answers.RootElement.GetProperty("answers");
        Assert.Equal("mit", given.GetProperty("license").GetString());
        Assert.Equal("Jane Doe", given.GetProperty("fullName").GetString());
        Assert.Equal("my_product", given.GetProperty("productName").GetString());
        Assert.Equal("production", given.GetProperty("targetEnvironment").GetString());
        Assert.Equal("false", given.GetProperty("hyperparameterTuning").GetString());
        Assert.Equal(hive.DefaultOf("metricComparePromotion"), given.GetProperty("metricComparePromotion").GetString());
    }

    // Moves the selection from the template's default to the wanted choice.
    private async Task ChooseAsync(TmuxSession terminal, string symbol, string wanted)
    {
        var choices = hive.ChoicesOf(symbol);
        var steps = choices.ToList().IndexOf(wanted) - choices.ToList().IndexOf(hive.DefaultOf(symbol));
        Assert.True(steps >= 0, $"The test expects '{wanted}' after the default of {symbol} in the list.");
        await terminal.WaitForAsync($"{wanted}: ");
        for (var i = 0; i < steps; i++)
        {
            terminal.Send("Down");
        }

        terminal.Send("Enter");
    }
}

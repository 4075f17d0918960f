using Modelplane.Cli.Tests.Infrastructure;
using Modelplane.Cli.Tests.Trained;
using Modelplane.Models;

namespace Modelplane.Cli.Tests.Executable;

/// <summary>Destructive commands at a terminal ask first; the answer decides.</summary>
[Collection(TrainedProjectCollection.Name)]
public sealed class ConfirmationInTerminalTests(TrainedProjectFixture project)
{
    [SkippableTheory]
    [InlineData("n", 2)]
    [InlineData("y", 1)]
    public async Task Delete_asks_on_a_terminal_and_does_what_the_answer_says(string answer, int versionsLeft)
    {
        TmuxSession.SkipUnlessAvailable();
        using var store = project.CopyStore();
        using var folder = new TemporaryFolder();
        using var terminal = TmuxSession.Start(
            folder.Path,
            store.ProjectFolder,
            $"dotnet '{ProcessRunner.ToolPath}' model version delete {TrainedProjectFixture.ModelName} staging");

        await terminal.WaitForAsync("This cannot be undone.");
        Assert.Contains("version 2", terminal.Capture(), StringComparison.Ordinal);
        terminal.Send(answer, literal: true);
        terminal.Send("Enter");

        Assert.Equal(0, await terminal.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        await using var client = await store.OpenAsync();
        Assert.Equal(versionsLeft, (await client.ListVersionsAsync(TrainedProjectFixture.ModelName)).Count);
        Assert.Equal(answer == "y", await client.FindVersionAsync(TrainedProjectFixture.ModelName, VersionSelector.ByStage(Stage.Staging)) is null);
    }
}

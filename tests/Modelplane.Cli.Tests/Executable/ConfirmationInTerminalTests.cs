using Modelplane.Cli.Tests.Infrastructure;
using Modelplane.Models;

namespace Modelplane.Cli.Tests.Executable;

/// <summary>Destructive commands at a terminal ask first; the answer decides.</summary>
public sealed class ConfirmationInTerminalTests : IAsyncLifetime
{
    private TrainedStore _store = null!;

    public async Task InitializeAsync() => _store = await TrainedStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [SkippableTheory]
    [InlineData("n", 3)]
    [InlineData("y", 2)]
    public async Task Delete_asks_on_a_terminal_and_does_what_the_answer_says(string answer, int versionsLeft)
    {
        TmuxSession.SkipUnlessAvailable();
        using var folder = new TemporaryFolder();
        using var terminal = TmuxSession.Start(
            folder.Path,
            _store.ProjectFolder,
            $"dotnet '{ProcessRunner.ToolPath}' model version delete {TrainedStore.ModelName} staging");

        await terminal.WaitForAsync("This cannot be undone.");
        Assert.Contains("version 2", terminal.Capture(), StringComparison.Ordinal);
        terminal.Send(answer, literal: true);
        terminal.Send("Enter");

        Assert.Equal(0, await terminal.WaitForExitAsync(TimeSpan.FromMinutes(1)));
        await using var client = await _store.OpenAsync();
        Assert.Equal(versionsLeft, (await client.ListVersionsAsync(TrainedStore.ModelName)).Count);
        Assert.Equal(answer == "y", await client.FindVersionAsync(TrainedStore.ModelName, VersionSelector.ByStage(Stage.Staging)) is null);
    }
}

using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Executable;

/// <summary>The built tool, run as its own process: real console, real exit codes, no terminal on standard input.</summary>
public sealed class ExecutableTests : IAsyncLifetime
{
    private TrainedStore _store = null!;

    public async Task InitializeAsync() => _store = await TrainedStore.CreateAsync();

    public Task DisposeAsync() => _store.DisposeAsync().AsTask();

    [Fact]
    public async Task Json_output_of_the_real_tool_parses()
    {
        var versions = (await ProcessRunner.RunToolAsync(_store.ProjectFolder, "model", "version", "list", TrainedStore.ModelName, "--json")).Json();

        Assert.Equal([3, 2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Delete_without_a_terminal_and_without_yes_exits_2_at_once()
    {
        var result = (await ProcessRunner.RunToolAsync(_store.ProjectFolder, "model", "version", "delete", TrainedStore.ModelName, "2")).ExpectExit(2);

        Assert.Contains("Re-run with --yes", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_codes_reach_the_shell()
    {
        (await ProcessRunner.RunToolAsync(_store.ProjectFolder, "model", "runs", "nope")).ExpectExit(3);
        (await ProcessRunner.RunToolAsync(_store.ProjectFolder, "model", "version", "update", TrainedStore.ModelName, "3", "--stage", "production")).ExpectExit(4);
    }
}

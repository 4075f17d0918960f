using Modelplane.Cli.Tests.Infrastructure;
using Modelplane.Cli.Tests.Trained;

namespace Modelplane.Cli.Tests.Executable;

/// <summary>The built tool, run as its own process: real console, real exit codes, no terminal on standard input.</summary>
[Collection(TrainedProjectCollection.Name)]
public sealed class ExecutableTests(TrainedProjectFixture project)
{
    [Fact]
    public async Task Json_output_of_the_real_tool_parses()
    {
        var versions = (await ProcessRunner.RunToolAsync(project.ProjectFolder, "model", "version", "list", TrainedProjectFixture.ModelName, "--json")).Json();

        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Delete_without_a_terminal_and_without_yes_exits_2_at_once()
    {
        using var store = project.CopyStore();

        var result = (await ProcessRunner.RunToolAsync(store.ProjectFolder, "model", "version", "delete", TrainedProjectFixture.ModelName, "2")).ExpectExit(2);

        Assert.Contains("Re-run with --yes", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exit_codes_reach_the_shell()
    {
        using var store = project.CopyStore();

        (await ProcessRunner.RunToolAsync(store.ProjectFolder, "model", "runs", "nope")).ExpectExit(3);
        (await ProcessRunner.RunToolAsync(store.ProjectFolder, "model", "version", "update", TrainedProjectFixture.ModelName, "1", "--stage", "staging")).ExpectExit(4);
    }
}

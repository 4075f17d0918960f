using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Runs;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.BadInput;

/// <summary>
/// Text that would break a query built by concatenation, and names that would escape the artifact
/// store: the first round-trips as data, the second is rejected before anything is written.
/// Derived once per store kind.
/// </summary>
public abstract class HostileInputTests
{
    private const string Injection = "x'; DROP TABLE models; --";

    protected abstract StoreUnderTest Store { get; }

    [Fact]
    public async Task Text_shaped_like_sql_injection_round_trips_as_data_and_drops_nothing()
    {
        await using var client = await Store.OpenAsync();
        var model = $"safe_{Guid.NewGuid():N}";

        // Names are restricted to letters, digits, '.', '_' and '-', so the statement never reaches SQL as a name...
        await Assert.ThrowsAsync<ValidationException>(() => client.GetOrCreateModelAsync(new ModelSpec(Injection)));
        // ...but lookups pass it as a parameter, and free text stores it verbatim.
        Assert.Null(await client.MetadataStore.FindModelAsync(Injection));
        var version = await client.CreateVersionAsync(new ModelSpec(model) { Description = Injection, Tags = [Injection, "\"quoted\""] }, new NewModelVersion { Description = Injection });
        await client.SetMetadataAsync(MetadataTarget.ForModelVersion(version.Id), Injection, MetadataValue.String(Injection));
        var run = await client.MetadataStore.CreatePipelineRunAsync(new NewPipelineRun(Injection, Injection) { ConfigJson = "{\"q\":\"x'; DROP TABLE pipeline_runs; --\"}" });

        var stored = await client.GetModelAsync(model);
        Assert.Equal(Injection, stored.Description);
        Assert.Equal([Injection, "\"quoted\""], stored.Tags);
        Assert.Equal(Injection, (await client.GetVersionAsync(version.Id)).Description);
        Assert.Equal(Injection, (await client.GetMetadataAsync(MetadataTarget.ForModelVersion(version.Id)))[Injection].Text);
        Assert.Equal(Injection, (await client.GetRunAsync(run.Id)).Name);
        Assert.Contains(await client.ListModelsAsync(), m => m.Name == model);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("..\\x")]
    [InlineData("C:\\temp\\x")]
    public async Task Artifact_names_that_would_escape_the_store_are_rejected_and_nothing_is_recorded(string name)
    {
        await using var client = await Store.OpenAsync();

        var error = await Assert.ThrowsAsync<ValidationException>(() => client.SaveArtifactAsync(name, "payload"));

        Assert.Contains("artifact name", error.Message);
        Assert.Empty(await client.ListArtifactVersionsAsync(name));
    }

    [Theory]
    [InlineData("../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    public async Task Content_addresses_that_are_paths_are_rejected(string hash)
    {
        await using var client = await Store.OpenAsync();

        await Assert.ThrowsAsync<ValidationException>(() => client.ArtifactStore.GetLocalPathAsync(hash));
        await Assert.ThrowsAsync<ValidationException>(() => client.ArtifactStore.ExistsAsync(hash));
    }
}

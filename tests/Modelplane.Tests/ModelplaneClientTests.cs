using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Runs;

namespace Modelplane.Tests;

/// <summary>The facade: lookups with their errors, stage moves with the actor, named versions, runs.</summary>
public sealed class ModelplaneClientTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ModelplaneClient _client = null!;

    public async Task InitializeAsync() => _client = await ModelplaneClient.CreateBuilder(_folder.Path).UseActor("ci-bot").BuildAsync();

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_empty_stage_is_a_not_found_error_naming_model_and_stage()
    {
        await _client.CreateVersionAsync("churn");

        var error = await Assert.ThrowsAsync<NotFoundException>(() => _client.GetVersionAsync("churn", "production"));

        Assert.Contains("Model 'churn' has no version in stage 'production'", error.Message);
        Assert.Contains("Promote one", error.Message);
    }

    [Theory]
    [InlineData("latest", "no versions yet")]
    [InlineData("4", "no version number 4")]
    [InlineData("blue", "no version named 'blue'")]
    public async Task Missing_versions_are_not_found_errors_saying_what_was_asked(string selector, string expected)
    {
        await _client.GetOrCreateModelAsync(new ModelSpec("empty"));

        var error = await Assert.ThrowsAsync<NotFoundException>(() => _client.GetVersionAsync("empty", selector));

        Assert.Contains("'empty'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task Looking_up_a_version_of_a_missing_model_says_the_model_does_not_exist()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => _client.GetVersionAsync("ghost", "latest"));

        Assert.Contains("Model 'ghost' does not exist", error.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => _client.ListVersionsAsync("ghost"));
    }

    [Fact]
    public async Task Text_selectors_find_versions_by_number_name_stage_latest_and_id()
    {
        var v1 = await _client.CreateVersionAsync("lookup", new NewModelVersion { Name = "baseline" });
        var v2 = await _client.CreateVersionAsync("lookup");
        await _client.SetStageAsync(v1.Id, Stage.Staging);

        Assert.Equal(v2.Id, (await _client.GetVersionAsync("lookup", "2")).Id);
        Assert.Equal(v1.Id, (await _client.GetVersionAsync("lookup", "baseline")).Id);
        Assert.Equal(v1.Id, (await _client.GetVersionAsync("lookup", "staging")).Id);
        Assert.Equal(v2.Id, (await _client.GetVersionAsync("lookup", "latest")).Id);
        Assert.Equal(v2.Id, (await _client.GetVersionAsync("lookup", v2.Id.ToString())).Id);
        Assert.Equal(v1.Id, (await _client.GetVersionAsync(v1.Id)).Id);
    }

    [Fact]
    public async Task Stage_moves_record_the_clients_actor_and_are_readable_per_model_and_version()
    {
        var v1 = await _client.CreateVersionAsync("promote");
        var v2 = await _client.CreateVersionAsync("promote");
        await _client.SetStageAsync(v1.Id, Stage.Production, reason: "first release");

        await Assert.ThrowsAsync<StageConflictException>(() => _client.SetStageAsync(v2.Id, Stage.Production));
        await _client.SetStageAsync(v2.Id, Stage.Production, force: true, reason: "better");

        var history = await _client.GetStageHistoryAsync("promote");
        Assert.All(history, entry => Assert.Equal("ci-bot", entry.Actor));
        Assert.Equal([Stage.Production, Stage.Archived], (await _client.GetStageHistoryAsync("promote", VersionSelector.ByNumber(1))).Select(t => t.To));
        Assert.Equal(3, history.Count);
    }

    [Fact]
    public async Task The_default_actor_is_the_user_name()
    {
        await using var client = await ModelplaneClient.OpenAsync(_folder.Path);
        var version = await client.CreateVersionAsync("who");

        var change = await client.SetStageAsync(version.Id, Stage.Staging);

        Assert.Equal(Environment.UserName, change.Transitions.Single().Actor);
    }

    [Fact]
    public async Task An_undefined_stage_value_is_rejected()
    {
        var version = await _client.CreateVersionAsync("undefined");

        await Assert.ThrowsAsync<ValidationException>(() => _client.SetStageAsync(version.Id, (Stage)42));
    }

    [Fact]
    public async Task A_named_version_is_created_once_even_when_asked_for_concurrently()
    {
        var spec = new ModelSpec("named");

        var versions = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => _client.GetOrCreateVersionAsync(spec, "nightly"))));

        Assert.Single(versions.Select(v => v.Id).Distinct());
        Assert.Single(await _client.ListVersionsAsync("named"));
    }

    [Fact]
    public async Task A_model_is_created_from_its_spec_on_first_use()
    {
        var spec = new ModelSpec("card") { Description = "Predicts churn", Audience = "analysts", UseCases = "retention", Limitations = "EU only", TradeOffs = "recall over precision" };

        await _client.CreateVersionAsync(spec);

        var model = await _client.GetModelAsync("card");
        Assert.Equal((spec.Description, spec.Audience, spec.UseCases, spec.Limitations, spec.TradeOffs), (model.Description, model.Audience, model.UseCases, model.Limitations, model.TradeOffs));
        Assert.Contains(await _client.ListModelsAsync(), m => m.Name == "card");
    }

    [Fact]
    public async Task Runs_and_lineage_are_readable_through_the_client()
    {
        var version = await _client.CreateVersionAsync("lineage");
        var store = _client.MetadataStore;
        var run = await store.CreatePipelineRunAsync(new NewPipelineRun("training-1", "training") { ModelVersionId = version.Id });
        var step = await store.CreateStepRunAsync(new NewStepRun(run.Id, "loader"));
        var artifact = await _client.SaveArtifactAsync("rows", 10, new ArtifactSaveOptions { ProducerStepRunId = step.Id, LinkToModelVersionId = version.Id });
        var consumer = await store.CreateStepRunAsync(new NewStepRun(run.Id, "trainer") { Inputs = new Dictionary<string, Guid> { ["rows"] = artifact.Id } });
        await _client.SetMetadataAsync(MetadataTarget.ForPipelineRun(run.Id), "seed", 42);

        Assert.Equal(run.Id, Assert.Single(await _client.ListRunsAsync(version.Id)).Id);
        Assert.Equal(2, (await _client.ListStepRunsAsync(run.Id)).Count);
        Assert.Equal(step.Id, (await _client.FindProducerAsync(artifact.Id))!.Id);
        Assert.Equal(consumer.Id, Assert.Single(await _client.ListConsumersAsync(artifact.Id)).Id);
        Assert.Equal(version.Id, Assert.Single(await _client.ListVersionsLinkedToAsync(artifact.Id)).Id);
        Assert.Equal(42, (await _client.GetMetadataAsync(MetadataTarget.ForPipelineRun(run.Id)))["seed"].AsInteger());
        Assert.Equal("training-1", (await _client.GetRunAsync(run.Id)).Name);
    }

    [Fact]
    public async Task Updating_or_deleting_a_missing_model_is_a_not_found_error_naming_it()
    {
        var update = await Assert.ThrowsAsync<NotFoundException>(() => _client.UpdateModelAsync("ghost", new ModelUpdate { Description = "x" }));
        var delete = await Assert.ThrowsAsync<NotFoundException>(() => _client.DeleteModelAsync("ghost"));

        Assert.Contains("Model 'ghost' does not exist", update.Message);
        Assert.Contains("Model 'ghost' does not exist", delete.Message);
    }

    [Fact]
    public async Task A_deleted_model_is_gone_from_lookups_and_listings()
    {
        var version = await _client.CreateVersionAsync("retired");

        await _client.DeleteModelAsync("retired");

        await Assert.ThrowsAsync<NotFoundException>(() => _client.GetModelAsync("retired"));
        await Assert.ThrowsAsync<NotFoundException>(() => _client.GetVersionAsync(version.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => _client.ListVersionsAsync("retired", new ModelVersionFilter { Stage = Stage.None }));
        Assert.DoesNotContain(await _client.ListModelsAsync(), m => m.Name == "retired");
    }

    [Fact]
    public async Task Deleting_a_missing_version_is_a_not_found_error()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _client.DeleteVersionAsync(Guid.NewGuid()));
    }
}

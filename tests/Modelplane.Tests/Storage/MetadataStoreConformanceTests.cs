using System.Security.Cryptography;
using System.Text;
using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;
using Modelplane.Models;
using Modelplane.Runs;
using Modelplane.Storage;
using Xunit;

namespace Modelplane.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="IMetadataStore"/> must show. A store project derives from this
/// class and supplies <see cref="CreateStoreAsync"/>; the file is self-contained so other test
/// projects can include it as a linked file. Names are unique per test, so a store shared between
/// tests (a PostgreSQL database) works as well as a fresh one.
/// </summary>
public abstract class MetadataStoreConformanceTests : IAsyncLifetime
{
    private IMetadataStore? _store;

    /// <summary>The store under test, initialised.</summary>
    protected IMetadataStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>A new store (schema not yet initialised); disposed after the test.</summary>
    protected abstract Task<IMetadataStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.InitializeAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    // Models

    [Fact]
    public async Task A_model_is_created_on_first_use_and_returned_unchanged_afterwards()
    {
        var spec = new ModelSpec(Unique("churn")) { Description = "first", License = "MIT", Tags = ["a", "b"] };
        var created = await Store.GetOrCreateModelAsync(spec);
        var again = await Store.GetOrCreateModelAsync(spec with { Description = "second" });

        Assert.Equal(created.Id, again.Id);
        Assert.Equal("first", again.Description);
        Assert.Equal("MIT", again.License);
        Assert.Equal(["a", "b"], again.Tags);
        Assert.Equal(created.Id, (await Store.FindModelAsync(spec.Name))!.Id);
        Assert.Equal(spec.Name, (await Store.FindModelAsync(created.Id))!.Name);
        Assert.Contains(await Store.ListModelsAsync(), m => m.Id == created.Id);
    }

    [Fact]
    public async Task Updating_a_model_changes_only_the_fields_given_and_adds_and_removes_tags()
    {
        var name = Unique("card");
        await Store.GetOrCreateModelAsync(new ModelSpec(name) { Description = "old", License = "MIT", Tags = ["a", "b"] });

        var updated = await Store.UpdateModelAsync(name, new ModelUpdate { Description = "new", Ethics = "reviewed", AddTags = ["c", "a"], RemoveTags = ["b"] });

        Assert.Equal(("new", "MIT", "reviewed"), (updated.Description, updated.License, updated.Ethics));
        Assert.Equal(["a", "c"], updated.Tags);
        Assert.Equal(updated, await Store.FindModelAsync(name), ModelComparer);
    }

    [Fact]
    public async Task Every_card_field_can_be_set_and_an_empty_string_clears_it()
    {
        var name = Unique("fields");
        await Store.GetOrCreateModelAsync(new ModelSpec(name) { Description = "kept" });
        var update = new ModelUpdate { License = "l", Audience = "a", UseCases = "u", Limitations = "lim", TradeOffs = "t", Ethics = "e" };

        var set = await Store.UpdateModelAsync(name, update);
        var cleared = await Store.UpdateModelAsync(name, new ModelUpdate { License = "", Audience = "", UseCases = "", Limitations = "", TradeOffs = "", Ethics = "" });

        Assert.Equal(("kept", "l", "a", "u", "lim", "t", "e"), (set.Description, set.License, set.Audience, set.UseCases, set.Limitations, set.TradeOffs, set.Ethics));
        Assert.Equal(("kept", null, null, null, null, null, null), (cleared.Description, cleared.License, cleared.Audience, cleared.UseCases, cleared.Limitations, cleared.TradeOffs, cleared.Ethics));
    }

    [Fact]
    public async Task Updating_a_missing_model_fails_with_not_found_naming_it()
    {
        var name = Unique("missing");

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Store.UpdateModelAsync(name, new ModelUpdate { Description = "x" }));

        Assert.Contains(name, error.Message);
        Assert.Null(await Store.FindModelAsync(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("both")]
    public async Task An_empty_tag_or_one_both_added_and_removed_is_rejected_and_changes_nothing(string tag)
    {
        var model = await Store.GetOrCreateModelAsync(new ModelSpec(Unique("bad-tag")) { Description = "before", Tags = ["both"] });
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Description = "before", Tags = ["both"] });
        IReadOnlyList<string> removed = tag == "both" ? ["both"] : [];

        await Assert.ThrowsAsync<ValidationException>(() => Store.UpdateModelAsync(model.Name, new ModelUpdate { Description = "after", AddTags = [tag], RemoveTags = removed }));
        await Assert.ThrowsAsync<ValidationException>(() => Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { Description = "after", AddTags = [tag], RemoveTags = removed }));

        Assert.Equal(model, await Store.FindModelAsync(model.Name), ModelComparer);
        Assert.Equal(version, await Store.FindModelVersionAsync(version.Id), VersionComparer);
    }

    [Fact]
    public async Task Tags_added_concurrently_are_all_kept()
    {
        var model = await CreateModelAsync("concurrent-tags");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var tags = Enumerable.Range(0, 8).Select(i => $"tag-{i}").ToList();

        await Task.WhenAll(tags.Select(tag => Task.Run(async () =>
        {
            await Store.UpdateModelAsync(model.Name, new ModelUpdate { AddTags = [tag] });
            await Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { AddTags = [tag] });
        })));

        Assert.Equal(tags, (await Store.FindModelAsync(model.Name))!.Tags.Order());
        Assert.Equal(tags, (await Store.FindModelVersionAsync(version.Id))!.Tags.Order());
    }

    [Fact]
    public async Task Models_are_filtered_by_tags_all_of_which_must_match()
    {
        var team = Unique("team");
        var both = await Store.GetOrCreateModelAsync(new ModelSpec(Unique("both")) { Tags = [team, "shared"] });
        var teamOnly = await Store.GetOrCreateModelAsync(new ModelSpec(Unique("team-only")) { Tags = [team] });
        await Store.GetOrCreateModelAsync(new ModelSpec(Unique("other")) { Tags = ["shared"] });

        Assert.Equal(new[] { both.Id, teamOnly.Id }.Order(), (await Store.ListModelsAsync(new ModelFilter { Tags = [team] })).Select(m => m.Id).Order());
        Assert.Equal([both.Id], (await Store.ListModelsAsync(new ModelFilter { Tags = [team, "shared"] })).Select(m => m.Id));
        Assert.Empty(await Store.ListModelsAsync(new ModelFilter { Tags = [team.ToUpperInvariant()] }));
    }

    [Fact]
    public async Task Deleting_a_model_removes_its_versions_links_history_and_metadata_but_keeps_runs_and_artifacts()
    {
        var model = await CreateModelAsync("delete-model");
        var other = await CreateModelAsync("delete-model-other");
        var v1 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "first" });
        var v2 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var kept = await Store.CreateModelVersionAsync(other.Id, new NewModelVersion());
        var artifact = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("a"), "a"));
        foreach (var version in new[] { v1, v2, kept })
        {
            await Store.LinkArtifactAsync(version.Id, artifact.Id);
            await Store.SetStageAsync(version.Id, new StageChangeRequest(Stage.Production, "tester") { Force = true });
        }

        await Store.SetMetadataAsync(MetadataTarget.ForModelVersion(v1.Id), new Dictionary<string, MetadataValue> { ["k"] = 1 });
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p") { ModelVersionId = v2.Id });

        Assert.True(await Store.DeleteModelAsync(model.Name));
        Assert.False(await Store.DeleteModelAsync(model.Name));

        Assert.Null(await Store.FindModelAsync(model.Name));
        Assert.Null(await Store.FindModelVersionAsync(v1.Id));
        Assert.Null(await Store.FindModelVersionAsync(v2.Id));
        Assert.Empty(await Store.ListModelVersionsAsync(model.Name));
        Assert.Empty(await Store.GetStageHistoryAsync(model.Id));
        Assert.Empty(await Store.GetMetadataAsync(MetadataTarget.ForModelVersion(v1.Id)));
        Assert.Equal([kept.Id], (await Store.ListModelVersionsLinkedToAsync(artifact.Id)).Select(v => v.Id));
        Assert.NotNull(await Store.FindArtifactVersionAsync(artifact.Id));
        Assert.Null((await Store.FindPipelineRunAsync(run.Id))!.ModelVersionId);
        Assert.Single(await Store.GetStageHistoryAsync(other.Id));
        Assert.Equal(Stage.Production, (await Store.FindModelVersionAsync(kept.Id))!.Stage);
    }

    [Fact]
    public async Task A_deleted_model_name_can_be_used_again_and_starts_from_version_one()
    {
        var model = await CreateModelAsync("reuse");
        await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.DeleteModelAsync(model.Name);

        var again = await Store.GetOrCreateModelAsync(new ModelSpec(model.Name));
        var first = await Store.CreateModelVersionAsync(again.Id, new NewModelVersion());

        Assert.NotEqual(model.Id, again.Id);
        Assert.Equal(1, first.Number);
    }

    [Fact]
    public async Task Finding_a_missing_model_returns_null()
    {
        Assert.Null(await Store.FindModelAsync(Unique("nobody")));
        Assert.Null(await Store.FindModelAsync(Guid.NewGuid()));
    }

    // Versions

    [Fact]
    public async Task Versions_are_numbered_from_one_per_model_and_start_in_stage_none()
    {
        var first = await CreateModelAsync("numbers-a");
        var second = await CreateModelAsync("numbers-b");

        var a1 = await Store.CreateModelVersionAsync(first.Id, new NewModelVersion { Description = "d", Tags = ["t"] });
        var a2 = await Store.CreateModelVersionAsync(first.Id, new NewModelVersion());
        var b1 = await Store.CreateModelVersionAsync(second.Id, new NewModelVersion());

        Assert.Equal([1, 2, 1], new[] { a1.Number, a2.Number, b1.Number });
        Assert.Equal(Stage.None, a1.Stage);
        Assert.Equal("d", a1.Description);
        Assert.Equal(["t"], a1.Tags);
        Assert.Equal(first.Name, a1.ModelName);
        Assert.Equal(TimeSpan.Zero, a1.Created.Offset);
        Assert.Equal([2, 1], (await Store.ListModelVersionsAsync(first.Name)).Select(v => v.Number));
    }

    [Fact]
    public async Task Versions_created_concurrently_get_distinct_consecutive_numbers()
    {
        var model = await CreateModelAsync("concurrent");
        const int count = 16;

        var versions = await Task.WhenAll(Enumerable.Range(0, count).Select(_ =>
            Task.Run(() => Store.CreateModelVersionAsync(model.Id, new NewModelVersion()))));

        Assert.Equal(Enumerable.Range(1, count), versions.Select(v => v.Number).Order());
    }

    [Fact]
    public async Task Artifact_versions_created_concurrently_get_distinct_consecutive_numbers()
    {
        var name = Unique("concurrent-artifact");
        const int count = 16;

        var artifacts = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            Task.Run(() => Store.CreateArtifactVersionAsync(NewArtifact(name, $"content {i}")))));

        Assert.Equal(Enumerable.Range(1, count), artifacts.Select(a => a.Version).Order());
    }

    [Theory]
    [InlineData("42")]
    [InlineData("staging")]
    [InlineData("Production")]
    [InlineData("latest")]
    [InlineData("none")]
    [InlineData("archived")]
    [InlineData("../escape")]
    public async Task Reserved_or_unsafe_version_names_are_rejected(string name)
    {
        var model = await CreateModelAsync("names");

        await Assert.ThrowsAsync<ValidationException>(() => Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = name }));
        Assert.Empty(await Store.ListModelVersionsAsync(model.Name));
    }

    [Fact]
    public async Task A_version_name_is_unique_within_its_model_only()
    {
        var model = await CreateModelAsync("dup");
        var other = await CreateModelAsync("dup-other");
        var named = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "blue-fox" });

        var error = await Assert.ThrowsAsync<ValidationException>(() => Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "blue-fox" }));
        var elsewhere = await Store.CreateModelVersionAsync(other.Id, new NewModelVersion { Name = "blue-fox" });

        Assert.Contains(model.Name, error.Message);
        Assert.Contains("blue-fox", error.Message);
        Assert.Equal(1, named.Number);
        Assert.Equal("blue-fox", elsewhere.Name);
        Assert.Single(await Store.ListModelVersionsAsync(model.Name));
    }

    [Fact]
    public async Task Creating_a_version_of_a_missing_model_fails_with_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Store.CreateModelVersionAsync(Guid.NewGuid(), new NewModelVersion()));
    }

    [Fact]
    public async Task Versions_are_found_by_number_name_stage_latest_and_id()
    {
        var model = await CreateModelAsync("lookup");
        var v1 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "first-try" });
        var v2 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var v3 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(v2.Id, new StageChangeRequest(Stage.Production, "tester"));

        Assert.Equal(v2.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByNumber(2)))!.Id);
        Assert.Equal(v1.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByName("first-try")))!.Id);
        Assert.Equal(v2.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByStage(Stage.Production)))!.Id);
        Assert.Equal(v3.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.Latest))!.Id);
        Assert.Equal(v3.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ById(v3.Id)))!.Id);
        Assert.Equal(v1.Id, (await Store.FindModelVersionAsync(v1.Id))!.Id);
    }

    [Fact]
    public async Task Lookups_that_match_nothing_return_null()
    {
        var model = await CreateModelAsync("empty-lookup");
        var other = await CreateModelAsync("empty-lookup-other");
        var elsewhere = await Store.CreateModelVersionAsync(other.Id, new NewModelVersion());

        Assert.Null(await Store.FindModelVersionAsync(model.Name, VersionSelector.Latest));
        Assert.Null(await Store.FindModelVersionAsync(model.Name, VersionSelector.ByStage(Stage.Staging)));
        Assert.Null(await Store.FindModelVersionAsync(model.Name, VersionSelector.ByNumber(1)));
        Assert.Null(await Store.FindModelVersionAsync(model.Name, VersionSelector.ByName("nope")));
        Assert.Null(await Store.FindModelVersionAsync(model.Name, VersionSelector.ById(elsewhere.Id)));
        Assert.Null(await Store.FindModelVersionAsync(Unique("no-model"), VersionSelector.Latest));
        Assert.Null(await Store.FindModelVersionAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task Looking_up_a_shared_stage_returns_its_highest_numbered_version()
    {
        var model = await CreateModelAsync("shared-stage");
        var v1 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var v2 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(v1.Id, new StageChangeRequest(Stage.Archived, "tester"));
        await Store.SetStageAsync(v2.Id, new StageChangeRequest(Stage.Archived, "tester"));

        Assert.Equal(v2.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByStage(Stage.Archived)))!.Id);
    }

    [Fact]
    public async Task Updating_a_version_changes_only_what_is_given_and_adds_and_removes_tags()
    {
        var model = await CreateModelAsync("update-version");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "blue", Description = "d", Tags = ["a", "b"] });

        var tagged = await Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { AddTags = ["c", "b"], RemoveTags = ["a", "never-there"] });
        var described = await Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { Description = "better" });
        var cleared = await Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { Description = "" });

        Assert.Equal(("blue", "d", Stage.None), (tagged.Name, tagged.Description, tagged.Stage));
        Assert.Equal(["b", "c"], tagged.Tags);
        Assert.Equal("better", described.Description);
        Assert.Equal(["b", "c"], described.Tags);
        Assert.Null(cleared.Description);
        Assert.Equal(cleared, await Store.FindModelVersionAsync(version.Id), VersionComparer);
        await Assert.ThrowsAsync<NotFoundException>(() => Store.UpdateModelVersionAsync(Guid.NewGuid(), new ModelVersionUpdate { Description = "x" }));
    }

    [Fact]
    public async Task Renaming_a_version_frees_the_old_name_and_makes_the_new_one_findable()
    {
        var model = await CreateModelAsync("rename");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "old" });
        var unnamed = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());

        await Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { Name = "new" });
        var named = await Store.UpdateModelVersionAsync(unnamed.Id, new ModelVersionUpdate { Name = "old" });
        var same = await Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { Name = "new", Description = "kept its name" });

        Assert.Equal(version.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByName("new")))!.Id);
        Assert.Equal(unnamed.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByName("old")))!.Id);
        Assert.Equal(("old", 2), (named.Name, named.Number));
        Assert.Equal("new", same.Name);
    }

    [Theory]
    [InlineData("taken")]
    [InlineData("7")]
    [InlineData("production")]
    [InlineData("latest")]
    [InlineData("../up")]
    [InlineData("")]
    public async Task Renaming_a_version_to_a_taken_or_invalid_name_is_rejected_and_changes_nothing(string name)
    {
        var model = await CreateModelAsync("rename-bad");
        await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "taken" });
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "mine", Tags = ["t"] });

        var error = await Assert.ThrowsAsync<ValidationException>(() => Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { Name = name, AddTags = ["u"] }));

        Assert.Contains(name.Length == 0 ? "required" : $"'{name}'", error.Message);
        Assert.Equal(version, await Store.FindModelVersionAsync(version.Id), VersionComparer);
    }

    [Fact]
    public async Task A_version_name_used_by_another_model_can_be_taken_by_rename()
    {
        var first = await CreateModelAsync("rename-a");
        var second = await CreateModelAsync("rename-b");
        await Store.CreateModelVersionAsync(first.Id, new NewModelVersion { Name = "gold" });
        var version = await Store.CreateModelVersionAsync(second.Id, new NewModelVersion());

        var renamed = await Store.UpdateModelVersionAsync(version.Id, new ModelVersionUpdate { Name = "gold" });

        Assert.Equal("gold", renamed.Name);
    }

    [Fact]
    public async Task Versions_are_listed_by_stage_and_by_tags_highest_number_first()
    {
        var model = await CreateModelAsync("filter");
        var v1 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Tags = ["gold"] });
        var v2 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Tags = ["gold", "eu"] });
        var v3 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(v1.Id, new StageChangeRequest(Stage.Archived, "tester"));
        await Store.SetStageAsync(v2.Id, new StageChangeRequest(Stage.Staging, "tester"));

        async Task<IEnumerable<Guid>> ListAsync(ModelVersionFilter filter) => (await Store.ListModelVersionsAsync(model.Name, filter)).Select(v => v.Id);

        Assert.Equal([v3.Id, v2.Id, v1.Id], await ListAsync(new ModelVersionFilter()));
        Assert.Equal([v2.Id], await ListAsync(new ModelVersionFilter { Stage = Stage.Staging }));
        Assert.Equal([v3.Id], await ListAsync(new ModelVersionFilter { Stage = Stage.None }));
        Assert.Equal([v2.Id, v1.Id], await ListAsync(new ModelVersionFilter { Tags = ["gold"] }));
        Assert.Equal([v2.Id], await ListAsync(new ModelVersionFilter { Tags = ["gold", "eu"] }));
        Assert.Equal([v1.Id], await ListAsync(new ModelVersionFilter { Stage = Stage.Archived, Tags = ["gold"] }));
        Assert.Empty(await ListAsync(new ModelVersionFilter { Stage = Stage.Production }));
        Assert.Empty(await ListAsync(new ModelVersionFilter { Stage = Stage.Staging, Tags = ["eu", "missing"] }));
    }

    // Stages

    [Fact]
    public async Task A_stage_move_is_recorded_with_actor_reason_and_time()
    {
        var model = await CreateModelAsync("move");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var change = await Store.SetStageAsync(version.Id, new StageChangeRequest(Stage.Staging, "alice") { Reason = "passed the quality gate" });

        Assert.True(change.Changed);
        Assert.Equal(Stage.Staging, change.Version.Stage);
        var entry = Assert.Single(await Store.GetStageHistoryAsync(model.Id));
        Assert.Equal((version.Id, 1, Stage.None, Stage.Staging, "alice", "passed the quality gate"), (entry.VersionId, entry.VersionNumber, entry.From, entry.To, entry.Actor, entry.Reason));
        Assert.Equal(TimeSpan.Zero, entry.At.Offset);
        Assert.InRange(entry.At, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal(change.Transitions, [entry]);
    }

    [Theory]
    [InlineData(Stage.Staging)]
    [InlineData(Stage.Production)]
    public async Task Moving_into_a_held_exclusive_stage_without_force_fails_and_changes_nothing(Stage stage)
    {
        var model = await CreateModelAsync("conflict");
        var holder = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "holder" });
        var challenger = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(holder.Id, new StageChangeRequest(stage, "tester"));

        var error = await Assert.ThrowsAsync<StageConflictException>(() => Store.SetStageAsync(challenger.Id, new StageChangeRequest(stage, "tester")));

        Assert.Equal(model.Name, error.ModelName);
        Assert.Equal(stage, error.Stage);
        Assert.Equal("holder", error.HolderVersion);
        Assert.Contains(model.Name, error.Message);
        Assert.Contains(Stages.ToText(stage), error.Message);
        Assert.Contains("force", error.Message);
        Assert.Equal(stage, (await Store.FindModelVersionAsync(holder.Id))!.Stage);
        Assert.Equal(Stage.None, (await Store.FindModelVersionAsync(challenger.Id))!.Stage);
        Assert.Single(await Store.GetStageHistoryAsync(model.Id));
    }

    [Fact]
    public async Task A_forced_move_archives_the_previous_holder_and_records_both_moves_in_order()
    {
        var model = await CreateModelAsync("force");
        var old = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var challenger = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(old.Id, new StageChangeRequest(Stage.Production, "alice"));

        var change = await Store.SetStageAsync(challenger.Id, new StageChangeRequest(Stage.Production, "bob") { Force = true, Reason = "better AUC" });

        Assert.Equal(Stage.Archived, (await Store.FindModelVersionAsync(old.Id))!.Stage);
        Assert.Equal(Stage.Production, change.Version.Stage);
        Assert.Equal(challenger.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByStage(Stage.Production)))!.Id);
        var history = await Store.GetStageHistoryAsync(model.Id);
        Assert.Equal(
            [(old.Id, Stage.None, Stage.Production, "alice"), (old.Id, Stage.Production, Stage.Archived, "bob"), (challenger.Id, Stage.None, Stage.Production, "bob")],
            history.Select(t => (t.VersionId, t.From, t.To, t.Actor)));
        Assert.Contains("2", history[1].Reason);
        Assert.Equal("better AUC", history[2].Reason);
        Assert.Equal(history.Skip(1), change.Transitions);
    }

    [Fact]
    public async Task Staging_and_production_are_held_independently()
    {
        var model = await CreateModelAsync("independent");
        var v1 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var v2 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());

        await Store.SetStageAsync(v1.Id, new StageChangeRequest(Stage.Production, "tester"));
        await Store.SetStageAsync(v2.Id, new StageChangeRequest(Stage.Staging, "tester"));

        Assert.Equal(v1.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByStage(Stage.Production)))!.Id);
        Assert.Equal(v2.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByStage(Stage.Staging)))!.Id);
    }

    [Fact]
    public async Task The_same_stage_can_be_held_by_one_version_of_each_model()
    {
        var first = await CreateModelAsync("per-model-a");
        var second = await CreateModelAsync("per-model-b");
        var a = await Store.CreateModelVersionAsync(first.Id, new NewModelVersion());
        var b = await Store.CreateModelVersionAsync(second.Id, new NewModelVersion());

        await Store.SetStageAsync(a.Id, new StageChangeRequest(Stage.Production, "tester"));
        await Store.SetStageAsync(b.Id, new StageChangeRequest(Stage.Production, "tester"));

        Assert.Equal(Stage.Production, (await Store.FindModelVersionAsync(b.Id))!.Stage);
    }

    [Theory]
    [InlineData(Stage.Archived)]
    [InlineData(Stage.None)]
    public async Task Archived_and_none_can_have_many_versions_without_force(Stage stage)
    {
        var model = await CreateModelAsync("many");
        var versions = new List<ModelVersion>();
        for (var i = 0; i < 3; i++)
        {
            var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
            await Store.SetStageAsync(version.Id, new StageChangeRequest(Stage.Staging, "tester") { Force = true });
            await Store.SetStageAsync(version.Id, new StageChangeRequest(stage, "tester"));
            versions.Add(version);
        }

        foreach (var version in versions)
        {
            Assert.Equal(stage, (await Store.FindModelVersionAsync(version.Id))!.Stage);
        }
    }

    [Fact]
    public async Task Setting_the_current_stage_again_changes_nothing_and_records_nothing()
    {
        var model = await CreateModelAsync("noop");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(version.Id, new StageChangeRequest(Stage.Staging, "tester"));

        var again = await Store.SetStageAsync(version.Id, new StageChangeRequest(Stage.Staging, "tester") { Force = true });
        var none = await Store.SetStageAsync((await Store.CreateModelVersionAsync(model.Id, new NewModelVersion())).Id, new StageChangeRequest(Stage.None, "tester"));

        Assert.False(again.Changed);
        Assert.False(none.Changed);
        Assert.Equal(Stage.Staging, again.Version.Stage);
        Assert.Single(await Store.GetStageHistoryAsync(model.Id));
    }

    [Fact]
    public async Task The_stage_history_can_be_read_for_one_version()
    {
        var model = await CreateModelAsync("history");
        var v1 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var v2 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(v1.Id, new StageChangeRequest(Stage.Staging, "tester"));
        await Store.SetStageAsync(v2.Id, new StageChangeRequest(Stage.Production, "tester"));
        await Store.SetStageAsync(v1.Id, new StageChangeRequest(Stage.Archived, "tester"));

        var ofFirst = await Store.GetStageHistoryAsync(model.Id, v1.Id);

        Assert.Equal([Stage.Staging, Stage.Archived], ofFirst.Select(t => t.To));
        Assert.Equal(3, (await Store.GetStageHistoryAsync(model.Id)).Count);
    }

    [Fact]
    public async Task Moving_a_missing_version_fails_with_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Store.SetStageAsync(Guid.NewGuid(), new StageChangeRequest(Stage.Staging, "tester")));
    }

    // Artifacts and links

    [Fact]
    public async Task Artifact_versions_are_numbered_per_name_and_keep_what_was_recorded()
    {
        var name = Unique("dataset");
        var metadata = new Dictionary<string, MetadataValue> { ["rows"] = 569L, ["source"] = "csv" };

        var first = await Store.CreateArtifactVersionAsync(NewArtifact(name, "one") with { Kind = ArtifactKind.Model, Tags = ["raw"], Metadata = metadata });
        var second = await Store.CreateArtifactVersionAsync(NewArtifact(name, "two"));
        var other = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("other"), "one"));

        Assert.Equal([1, 2, 1], new[] { first.Version, second.Version, other.Version });
        var read = (await Store.FindArtifactVersionAsync(first.Id))!;
        Assert.Equal((name, ArtifactKind.Model, "test.materializer", "System.String, System.Private.CoreLib", FakeHash("one"), 3L), (read.Name, read.Kind, read.MaterializerId, read.TypeName, read.ContentHash, read.Size));
        Assert.Equal(["raw"], read.Tags);
        Assert.Equal(569L, read.Metadata["rows"].AsInteger());
        Assert.Equal("csv", read.Metadata["source"].Text);
        Assert.Null(read.ProducerStepRunId);
        Assert.Equal(second.Id, (await Store.FindArtifactVersionAsync(name))!.Id);
        Assert.Equal(first.Id, (await Store.FindArtifactVersionAsync(name, 1))!.Id);
        Assert.Null(await Store.FindArtifactVersionAsync(name, 3));
        Assert.Null(await Store.FindArtifactVersionAsync(Guid.NewGuid()));
        Assert.Equal([2, 1], (await Store.ListArtifactVersionsAsync(name)).Select(a => a.Version));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData("bad\u0001name")]
    [InlineData("")]
    public async Task Unsafe_artifact_names_are_rejected(string name)
    {
        await Assert.ThrowsAsync<ValidationException>(() => Store.CreateArtifactVersionAsync(NewArtifact(name, "x")));
    }

    [Fact]
    public async Task A_content_hash_that_is_not_sha256_hex_is_rejected()
    {
        await Assert.ThrowsAsync<ValidationException>(() => Store.CreateArtifactVersionAsync(NewArtifact(Unique("hash"), "x") with { ContentHash = "../" + new string('a', 61) }));
    }

    [Fact]
    public async Task Linking_is_idempotent_and_queryable_both_ways()
    {
        var model = await CreateModelAsync("links");
        var v1 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var v2 = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var data = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("data"), "d"));
        var trained = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("model"), "m") with { Kind = ArtifactKind.Model });

        Assert.True(await Store.LinkArtifactAsync(v1.Id, data.Id));
        Assert.False(await Store.LinkArtifactAsync(v1.Id, data.Id));
        Assert.True(await Store.LinkArtifactAsync(v1.Id, trained.Id));
        Assert.True(await Store.LinkArtifactAsync(v2.Id, data.Id));

        Assert.Equal([trained.Id, data.Id], (await Store.ListLinkedArtifactsAsync(v1.Id)).Select(a => a.Id));
        Assert.Equal([trained.Id], (await Store.ListLinkedArtifactsAsync(v1.Id, ArtifactKind.Model)).Select(a => a.Id));
        Assert.Empty(await Store.ListLinkedArtifactsAsync(v1.Id, ArtifactKind.Deployment));
        Assert.Equal([v1.Id, v2.Id], (await Store.ListModelVersionsLinkedToAsync(data.Id)).Select(v => v.Id));
        Assert.Equal([v1.Id], (await Store.ListModelVersionsLinkedToAsync(trained.Id)).Select(v => v.Id));
    }

    [Fact]
    public async Task The_newest_linked_artifact_of_a_name_is_found()
    {
        var model = await CreateModelAsync("newest");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var name = Unique("hp_result");
        var older = await Store.CreateArtifactVersionAsync(NewArtifact(name, "a"));
        var newer = await Store.CreateArtifactVersionAsync(NewArtifact(name, "b"));
        var unlinked = await Store.CreateArtifactVersionAsync(NewArtifact(name, "c"));
        await Store.LinkArtifactAsync(version.Id, newer.Id);
        await Store.LinkArtifactAsync(version.Id, older.Id);

        Assert.Equal(newer.Id, (await Store.FindLinkedArtifactAsync(version.Id, name))!.Id);
        Assert.Null(await Store.FindLinkedArtifactAsync(version.Id, Unique("absent")));
        Assert.NotEqual(unlinked.Id, (await Store.FindLinkedArtifactAsync(version.Id, name))!.Id);
    }

    [Fact]
    public async Task Linking_missing_records_fails_with_not_found()
    {
        var model = await CreateModelAsync("bad-link");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var artifact = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("a"), "a"));

        await Assert.ThrowsAsync<NotFoundException>(() => Store.LinkArtifactAsync(Guid.NewGuid(), artifact.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Store.LinkArtifactAsync(version.Id, Guid.NewGuid()));
    }

    // Metadata

    public static TheoryData<MetadataTargetKind> TargetKinds => [.. Enum.GetValues<MetadataTargetKind>()];

    [Theory]
    [MemberData(nameof(TargetKinds))]
    public async Task Metadata_of_every_type_round_trips_on_every_target(MetadataTargetKind kind)
    {
        var target = new MetadataTarget(kind, await CreateTargetAsync(kind));
        var values = new Dictionary<string, MetadataValue>
        {
            ["string"] = MetadataValue.String("héllo \"quoted\""),
            ["integer"] = MetadataValue.Integer(long.MinValue),
            ["float"] = MetadataValue.Float(0.1 + 0.2),
            ["bool"] = MetadataValue.Bool(false),
            ["json"] = MetadataValue.Json(new { trainer = "LightGbm", leaves = new[] { 8, 16 } }),
            ["uri"] = MetadataValue.Uri(new Uri("https://example.com/report?id=1")),
            ["size"] = MetadataValue.StorageSize(123_456_789_012),
        };

        await Store.SetMetadataAsync(target, values);
        var read = await Store.GetMetadataAsync(target);

        Assert.Equal(values.OrderBy(p => p.Key), read.OrderBy(p => p.Key));
        Assert.Equal(0.1 + 0.2, read["float"].AsDouble());
        Assert.Equal(MetadataType.StorageSize, read["size"].Type);
    }

    [Fact]
    public async Task A_metadata_key_set_again_is_overwritten_and_others_are_kept()
    {
        var target = MetadataTarget.ForModelVersion(await CreateTargetAsync(MetadataTargetKind.ModelVersion));
        await Store.SetMetadataAsync(target, new Dictionary<string, MetadataValue> { ["auc"] = 0.8, ["trainer"] = "FastTree" });

        await Store.SetMetadataAsync(target, new Dictionary<string, MetadataValue> { ["auc"] = "n/a" });

        var read = await Store.GetMetadataAsync(target);
        Assert.Equal(MetadataValue.String("n/a"), read["auc"]);
        Assert.Equal("FastTree", read["trainer"].Text);
    }

    [Fact]
    public async Task Metadata_on_a_missing_record_fails_with_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Store.SetMetadataAsync(MetadataTarget.ForStepRun(Guid.NewGuid()), new Dictionary<string, MetadataValue> { ["k"] = 1 }));
    }

    // Runs and lineage

    [Fact]
    public async Task Runs_record_steps_inputs_outputs_and_lineage()
    {
        var model = await CreateModelAsync("runs");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("training"), "training") { ModelVersionId = version.Id, ConfigJson = "{\"seed\":42}" });
        Assert.Equal((RunStatus.Running, version.Id, "{\"seed\":42}"), (run.Status, run.ModelVersionId, run.ConfigJson));
        Assert.Null(run.Ended);

        var loader = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "data_loader") { CacheKey = Unique("key") });
        var dataset = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("dataset"), "rows") with { ProducerStepRunId = loader.Id });
        await Store.RecordStepOutputAsync(loader.Id, "dataset", dataset.Id);
        await Store.RecordStepOutputAsync(loader.Id, "dataset", dataset.Id);
        await Store.FinishStepRunAsync(loader.Id, RunStatus.Completed);

        var trainer = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "trainer") { UpstreamSteps = ["data_loader"], Inputs = new Dictionary<string, Guid> { ["dataset"] = dataset.Id } });
        var failed = await Store.FinishStepRunAsync(trainer.Id, RunStatus.Failed, "out of memory");
        var finished = await Store.FinishPipelineRunAsync(run.Id, RunStatus.Failed, "step trainer failed");

        Assert.Equal((RunStatus.Failed, "out of memory"), (failed.Status, failed.Error));
        Assert.NotNull(failed.Ended);
        Assert.Equal((RunStatus.Failed, "step trainer failed"), (finished.Status, finished.Error));
        Assert.NotNull(finished.Ended);
        Assert.Equal([run.Id], (await Store.ListPipelineRunsAsync(version.Id)).Select(r => r.Id));
        var steps = await Store.ListStepRunsAsync(run.Id);
        Assert.Equal(["data_loader", "trainer"], steps.Select(s => s.StepName));
        Assert.Equal(dataset.Id, steps[0].Outputs["dataset"]);
        Assert.Equal(dataset.Id, steps[1].Inputs["dataset"]);
        Assert.Equal(["data_loader"], steps[1].UpstreamSteps);
        Assert.Equal(loader.Id, (await Store.FindProducerAsync(dataset.Id))!.Id);
        Assert.Equal([trainer.Id], (await Store.ListConsumersAsync(dataset.Id)).Select(s => s.Id));
        Assert.Equal(loader.Id, (await Store.FindArtifactVersionAsync(dataset.Id))!.ProducerStepRunId);
    }

    [Fact]
    public async Task Listing_many_step_runs_gives_each_its_own_inputs_and_outputs()
    {
        var dataset = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("dataset"), "rows"));
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("training"), "training"));
        var expected = new Dictionary<Guid, Guid>();
        foreach (var i in Enumerable.Range(0, 3))
        {
            var step = await Store.CreateStepRunAsync(new NewStepRun(run.Id, $"trainer_{i}") { Inputs = new Dictionary<string, Guid> { ["dataset"] = dataset.Id } });
            var model = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("model"), $"model {i}") with { ProducerStepRunId = step.Id });
            await Store.RecordStepOutputAsync(step.Id, "model", model.Id);
            expected[step.Id] = model.Id;
        }

        var consumers = await Store.ListConsumersAsync(dataset.Id);
        var listed = await Store.ListStepRunsAsync(run.Id);

        foreach (var steps in new[] { consumers, listed })
        {
            Assert.Equal(expected.Keys.Order(), steps.Select(s => s.Id).Order());
            Assert.All(steps, s => Assert.Equal((dataset.Id, expected[s.Id]), (s.Inputs["dataset"], s.Outputs["model"])));
            Assert.All(steps, s => Assert.Equal((1, 1), (s.Inputs.Count, s.Outputs.Count)));
        }
    }

    [Fact]
    public async Task A_recorded_output_cannot_be_changed()
    {
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"));
        var step = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s"));
        var first = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("o"), "1"));
        var second = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("o"), "2"));
        await Store.RecordStepOutputAsync(step.Id, "out", first.Id);

        await Assert.ThrowsAsync<ValidationException>(() => Store.RecordStepOutputAsync(step.Id, "out", second.Id));
        Assert.Equal(first.Id, (await Store.FindStepRunAsync(step.Id))!.Outputs["out"]);
    }

    [Fact]
    public async Task The_cache_lookup_returns_the_latest_completed_step_run_for_a_key()
    {
        var key = Unique("cache-key");
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"));
        Assert.Null(await Store.FindCompletedStepRunAsync(key));

        var older = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s") { CacheKey = key });
        await Store.FinishStepRunAsync(older.Id, RunStatus.Completed);
        var newer = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s") { CacheKey = key });
        await Store.FinishStepRunAsync(newer.Id, RunStatus.Completed);
        var failed = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s") { CacheKey = key });
        await Store.FinishStepRunAsync(failed.Id, RunStatus.Failed, "boom");
        await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s") { CacheKey = key });

        Assert.Equal(newer.Id, (await Store.FindCompletedStepRunAsync(key))!.Id);
        Assert.Null(await Store.FindCompletedStepRunAsync(Unique("other-key")));
    }

    [Fact]
    public async Task A_cached_step_run_records_its_original_and_the_reused_outputs()
    {
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("first"), "p"));
        var original = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s") { CacheKey = Unique("k") });
        var output = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("out"), "o") with { ProducerStepRunId = original.Id });
        await Store.RecordStepOutputAsync(original.Id, "out", output.Id);
        await Store.FinishStepRunAsync(original.Id, RunStatus.Completed);
        var rerun = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("second"), "p"));

        var cached = await Store.CreateStepRunAsync(new NewStepRun(rerun.Id, "s")
        {
            Status = RunStatus.Cached,
            OriginalStepRunId = original.Id,
            Outputs = new Dictionary<string, Guid> { ["out"] = output.Id },
        });

        Assert.Equal((RunStatus.Cached, original.Id), (cached.Status, cached.OriginalStepRunId));
        Assert.NotNull(cached.Ended);
        Assert.Equal(output.Id, cached.Outputs["out"]);
        Assert.Equal(original.Id, (await Store.FindProducerAsync(output.Id))!.Id);
        await Assert.ThrowsAsync<ValidationException>(() => Store.CreateStepRunAsync(new NewStepRun(rerun.Id, "t") { Status = RunStatus.Cached }));
        await Assert.ThrowsAsync<ValidationException>(() => Store.CreateStepRunAsync(new NewStepRun(rerun.Id, "t") { Status = RunStatus.Completed }));
    }

    [Fact]
    public async Task Completing_a_step_run_records_new_and_passed_through_outputs_links_metadata_and_status()
    {
        var model = await CreateModelAsync("complete");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p") { ModelVersionId = version.Id });
        var input = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("input"), "in"));
        var step = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "splitter") { CacheKey = Unique("key"), Inputs = new Dictionary<string, Guid> { ["data"] = input.Id } });
        var trainName = Unique("train");

        var created = await Store.CompleteStepRunAsync(new StepRunCompletion(step.Id)
        {
            NewOutputs =
            [
                new NewStepOutput(["Train", "Alias"], NewArtifact(trainName, "train") with { Metadata = new Dictionary<string, MetadataValue> { ["rows"] = 80 } }),
                new NewStepOutput(["Test"], NewArtifact(Unique("test"), "test")),
            ],
            ExistingOutputs = new Dictionary<string, Guid> { ["Data"] = input.Id },
            ModelVersionId = version.Id,
            StepRunMetadata = new Dictionary<string, MetadataValue> { ["decision"] = "miss" },
            ModelVersionMetadata = new Dictionary<string, MetadataValue> { ["accuracy"] = 0.9 },
        });

        Assert.Equal(2, created.Count);
        var (train, test) = (created[0], created[1]);
        Assert.Equal((trainName, 1, step.Id), (train.Name, train.Version, train.ProducerStepRunId));
        Assert.Equal(80L, train.Metadata["rows"].AsInteger());
        Assert.Equal(step.Id, test.ProducerStepRunId);
        var completed = (await Store.FindStepRunAsync(step.Id))!;
        Assert.Equal(RunStatus.Completed, completed.Status);
        Assert.NotNull(completed.Ended);
        Assert.Equal(
            new Dictionary<string, Guid> { ["Alias"] = train.Id, ["Data"] = input.Id, ["Test"] = test.Id, ["Train"] = train.Id },
            completed.Outputs);
        Assert.Equal(
            new[] { input.Id, test.Id, train.Id }.Order(),
            (await Store.ListLinkedArtifactsAsync(version.Id)).Select(a => a.Id).Order());
        Assert.Equal("miss", (await Store.GetMetadataAsync(MetadataTarget.ForStepRun(step.Id)))["decision"].Text);
        Assert.Equal(0.9, (await Store.GetMetadataAsync(MetadataTarget.ForModelVersion(version.Id)))["accuracy"].AsDouble());
        Assert.Equal(step.Id, (await Store.FindCompletedStepRunAsync(step.CacheKey!))!.Id);
    }

    [Fact]
    public async Task A_step_run_completion_that_fails_records_nothing()
    {
        var model = await CreateModelAsync("complete-fails");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"));
        var step = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s"));
        var outputName = Unique("out");
        var completion = new StepRunCompletion(step.Id)
        {
            NewOutputs = [new NewStepOutput(["Out"], NewArtifact(outputName, "o"))],
            ExistingOutputs = new Dictionary<string, Guid> { ["Missing"] = Guid.NewGuid() },
            ModelVersionId = version.Id,
            StepRunMetadata = new Dictionary<string, MetadataValue> { ["k"] = 1 },
            ModelVersionMetadata = new Dictionary<string, MetadataValue> { ["k"] = 1 },
        };

        await Assert.ThrowsAsync<NotFoundException>(() => Store.CompleteStepRunAsync(completion));

        var unchanged = (await Store.FindStepRunAsync(step.Id))!;
        Assert.Equal(RunStatus.Running, unchanged.Status);
        Assert.Empty(unchanged.Outputs);
        Assert.Empty(await Store.ListArtifactVersionsAsync(outputName));
        Assert.Empty(await Store.ListLinkedArtifactsAsync(version.Id));
        Assert.Empty(await Store.GetMetadataAsync(MetadataTarget.ForStepRun(step.Id)));
        Assert.Empty(await Store.GetMetadataAsync(MetadataTarget.ForModelVersion(version.Id)));
    }

    [Fact]
    public async Task Only_a_running_step_run_can_be_completed_and_model_metadata_needs_a_version()
    {
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"));
        var step = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s"));
        var metadataWithoutVersion = new StepRunCompletion(step.Id) { ModelVersionMetadata = new Dictionary<string, MetadataValue> { ["k"] = 1 } };

        await Assert.ThrowsAsync<ValidationException>(() => Store.CompleteStepRunAsync(metadataWithoutVersion));
        await Assert.ThrowsAsync<NotFoundException>(() => Store.CompleteStepRunAsync(new StepRunCompletion(Guid.NewGuid())));
        await Assert.ThrowsAsync<NotFoundException>(() => Store.CompleteStepRunAsync(new StepRunCompletion(step.Id) { ModelVersionId = Guid.NewGuid() }));
        await Store.CompleteStepRunAsync(new StepRunCompletion(step.Id));
        await Assert.ThrowsAsync<ValidationException>(() => Store.CompleteStepRunAsync(new StepRunCompletion(step.Id)));
        Assert.Equal(RunStatus.Completed, (await Store.FindStepRunAsync(step.Id))!.Status);
    }

    [Fact]
    public async Task A_cached_step_run_is_recorded_with_its_links_and_model_metadata_or_not_at_all()
    {
        var model = await CreateModelAsync("cached");
        var version = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("first"), "p"));
        var original = await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s") { CacheKey = Unique("k") });
        var output = (await Store.CompleteStepRunAsync(new StepRunCompletion(original.Id) { NewOutputs = [new NewStepOutput(["Out"], NewArtifact(Unique("out"), "o"))] }))[0];
        var rerun = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("second"), "p") { ModelVersionId = version.Id });
        var hit = new NewStepRun(rerun.Id, "s")
        {
            Status = RunStatus.Cached,
            OriginalStepRunId = original.Id,
            CacheKey = original.CacheKey,
            Outputs = new Dictionary<string, Guid> { ["Out"] = output.Id },
        };
        var metadata = new Dictionary<string, MetadataValue> { ["accuracy"] = 0.8 };

        await Assert.ThrowsAsync<NotFoundException>(() => Store.CreateCachedStepRunAsync(hit, Guid.NewGuid(), metadata));
        Assert.Empty(await Store.ListStepRunsAsync(rerun.Id));
        await Assert.ThrowsAsync<ValidationException>(() => Store.CreateCachedStepRunAsync(hit with { Status = RunStatus.Running }, version.Id));
        await Assert.ThrowsAsync<ValidationException>(() => Store.CreateCachedStepRunAsync(hit, null, metadata));

        var cached = await Store.CreateCachedStepRunAsync(hit, version.Id, metadata);

        Assert.Equal((RunStatus.Cached, original.Id, output.Id), (cached.Status, cached.OriginalStepRunId, cached.Outputs["Out"]));
        Assert.Equal([output.Id], (await Store.ListLinkedArtifactsAsync(version.Id)).Select(a => a.Id));
        Assert.Equal(0.8, (await Store.GetMetadataAsync(MetadataTarget.ForModelVersion(version.Id)))["accuracy"].AsDouble());
        Assert.Equal(original.Id, (await Store.FindProducerAsync(output.Id))!.Id);
    }

    [Fact]
    public async Task Clearing_the_cache_of_a_step_marks_its_completed_step_runs_once_and_leaves_other_steps()
    {
        var (step, other) = (Unique("step"), Unique("other"));
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"));
        async Task<StepRunRecord> StepRunAsync(string name, RunStatus status, string? key)
        {
            var created = await Store.CreateStepRunAsync(new NewStepRun(run.Id, name) { CacheKey = key });
            return status == RunStatus.Running ? created : await Store.FinishStepRunAsync(created.Id, status);
        }

        var first = await StepRunAsync(step, RunStatus.Completed, Unique("k"));
        var second = await StepRunAsync(step, RunStatus.Completed, Unique("k"));
        var failed = await StepRunAsync(step, RunStatus.Failed, Unique("k"));
        var running = await StepRunAsync(step, RunStatus.Running, Unique("k"));
        var withoutKey = await StepRunAsync(step, RunStatus.Completed, null);
        var otherStep = await StepRunAsync(other, RunStatus.Completed, Unique("k"));

        Assert.Equal(2, await Store.ClearCacheAsync(step));
        Assert.Equal(0, await Store.ClearCacheAsync(step));

        async Task<bool> IsClearedAsync(StepRunRecord s) => (await Store.GetMetadataAsync(MetadataTarget.ForStepRun(s.Id))).ContainsKey("modelplane.cache_cleared");
        Assert.True(await IsClearedAsync(first));
        Assert.True(await IsClearedAsync(second));
        Assert.False(await IsClearedAsync(failed));
        Assert.False(await IsClearedAsync(running));
        Assert.False(await IsClearedAsync(withoutKey));
        Assert.False(await IsClearedAsync(otherStep));
        Assert.NotNull(await Store.FindStepRunAsync(first.Id));

        Assert.True(await Store.ClearCacheAsync() >= 1);
        Assert.True(await IsClearedAsync(otherStep));
    }

    [Fact]
    public async Task Runs_must_be_finished_with_a_final_status_and_must_exist()
    {
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"));

        await Assert.ThrowsAsync<ValidationException>(() => Store.FinishPipelineRunAsync(run.Id, RunStatus.Running));
        await Assert.ThrowsAsync<NotFoundException>(() => Store.FinishPipelineRunAsync(Guid.NewGuid(), RunStatus.Completed));
        await Assert.ThrowsAsync<NotFoundException>(() => Store.FinishStepRunAsync(Guid.NewGuid(), RunStatus.Completed));
        await Assert.ThrowsAsync<NotFoundException>(() => Store.CreateStepRunAsync(new NewStepRun(Guid.NewGuid(), "s")));
        await Assert.ThrowsAsync<NotFoundException>(() => Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p") { ModelVersionId = Guid.NewGuid() }));
    }

    [Fact]
    public async Task Deleting_a_version_removes_it_with_links_history_and_metadata_but_keeps_runs_and_artifacts()
    {
        var model = await CreateModelAsync("delete");
        var kept = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var doomed = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion { Name = "doomed" });
        var artifact = await Store.CreateArtifactVersionAsync(NewArtifact(Unique("a"), "a"));
        await Store.LinkArtifactAsync(doomed.Id, artifact.Id);
        await Store.LinkArtifactAsync(kept.Id, artifact.Id);
        await Store.SetStageAsync(doomed.Id, new StageChangeRequest(Stage.Staging, "tester"));
        await Store.SetMetadataAsync(MetadataTarget.ForModelVersion(doomed.Id), new Dictionary<string, MetadataValue> { ["k"] = 1 });
        var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p") { ModelVersionId = doomed.Id });

        Assert.True(await Store.DeleteModelVersionAsync(doomed.Id));
        Assert.False(await Store.DeleteModelVersionAsync(doomed.Id));

        Assert.Null(await Store.FindModelVersionAsync(doomed.Id));
        Assert.Null(await Store.FindModelVersionAsync(model.Name, VersionSelector.ByName("doomed")));
        Assert.Equal([kept.Id], (await Store.ListModelVersionsLinkedToAsync(artifact.Id)).Select(v => v.Id));
        Assert.Empty(await Store.GetStageHistoryAsync(model.Id));
        Assert.Empty(await Store.GetMetadataAsync(MetadataTarget.ForModelVersion(doomed.Id)));
        Assert.Null((await Store.FindPipelineRunAsync(run.Id))!.ModelVersionId);
        Assert.NotNull(await Store.FindArtifactVersionAsync(artifact.Id));
    }

    [Fact]
    public async Task Deleting_the_holder_of_a_stage_frees_the_stage()
    {
        var model = await CreateModelAsync("delete-holder");
        var holder = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        var next = await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());
        await Store.SetStageAsync(holder.Id, new StageChangeRequest(Stage.Production, "tester"));

        await Store.DeleteModelVersionAsync(holder.Id);
        var change = await Store.SetStageAsync(next.Id, new StageChangeRequest(Stage.Production, "tester"));

        Assert.Equal(next.Id, Assert.Single(change.Transitions).VersionId);
        Assert.Equal(next.Id, (await Store.FindModelVersionAsync(model.Name, VersionSelector.ByStage(Stage.Production)))!.Id);
    }

    [Fact]
    public async Task Initializing_again_keeps_the_data()
    {
        var model = await CreateModelAsync("reinit");
        await Store.CreateModelVersionAsync(model.Id, new NewModelVersion());

        await Store.InitializeAsync();
        await Store.InitializeAsync();

        Assert.Single(await Store.ListModelVersionsAsync(model.Name));
    }

    // Helpers (kept in this file so it can be linked into other test projects)

    /// <summary>A name no other test uses.</summary>
    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>The SHA-256 of <paramref name="content"/>, as a store would record it.</summary>
    protected static string FakeHash(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    /// <summary>An artifact record whose content would be <paramref name="content"/>.</summary>
    protected static NewArtifactVersion NewArtifact(string name, string content) =>
        new(name, ArtifactKind.Data, "test.materializer", "System.String, System.Private.CoreLib", FakeHash(content), Encoding.UTF8.GetByteCount(content));

    private static readonly string[] NoTags = [];

    // Records hold tag lists, which compare by reference; these compare them by content.
    private static readonly IEqualityComparer<Model?> ModelComparer = EqualityComparer<Model?>.Create(
        (a, b) => a is not null && b is not null && a with { Tags = NoTags } == b with { Tags = NoTags } && a.Tags.SequenceEqual(b.Tags));

    private static readonly IEqualityComparer<ModelVersion?> VersionComparer = EqualityComparer<ModelVersion?>.Create(
        (a, b) => a is not null && b is not null && a with { Tags = NoTags } == b with { Tags = NoTags } && a.Tags.SequenceEqual(b.Tags));

    private Task<Model> CreateModelAsync(string prefix) => Store.GetOrCreateModelAsync(new ModelSpec(Unique(prefix)));

    private async Task<Guid> CreateTargetAsync(MetadataTargetKind kind)
    {
        switch (kind)
        {
            case MetadataTargetKind.ModelVersion:
                var model = await CreateModelAsync("meta");
                return (await Store.CreateModelVersionAsync(model.Id, new NewModelVersion())).Id;
            case MetadataTargetKind.ArtifactVersion:
                return (await Store.CreateArtifactVersionAsync(NewArtifact(Unique("meta"), "m"))).Id;
            case MetadataTargetKind.PipelineRun:
                return (await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"))).Id;
            default:
                var run = await Store.CreatePipelineRunAsync(new NewPipelineRun(Unique("run"), "p"));
                return (await Store.CreateStepRunAsync(new NewStepRun(run.Id, "s"))).Id;
        }
    }
}

using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Metadata;

namespace Modelplane.Tests.Artifacts;

/// <summary>Saving, loading, verifying and linking artifacts through the client on a local store.</summary>
public sealed class ArtifactTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private ModelplaneClient _client = null!;

    public async Task InitializeAsync() => _client = await ModelplaneClient.OpenAsync(_folder.Path);

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        _folder.Dispose();
    }

    public sealed record Split(string Name, double[] Fractions, Dictionary<string, int> Counts);

    public static TheoryData<object> Values => new()
    {
        "text with ünïcode\nand lines",
        42,
        long.MaxValue,
        0.1 + 0.2,
        1.1f,
        79228162514264337593543950335m,
        true,
        new byte[] { 0, 1, 2, 255 },
        new Split("train", [0.8, 0.2], new() { ["a"] = 1 }),
        new List<int> { 3, 1, 2 },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task A_saved_value_loads_back_equal(object value)
    {
        var saved = await _client.SaveArtifactAsync("value", value);
        var loaded = await _client.LoadArtifactAsync(saved, value.GetType());

        Assert.Equivalent(value, loaded, strict: true);
        Assert.Equal(value.GetType(), loaded.GetType());
        Assert.Equal(new FileInfo(await _client.GetVerifiedPathAsync(saved)).Length, saved.Size);
    }

    [Fact]
    public async Task Files_are_stored_under_their_sha256_and_identical_content_is_stored_once()
    {
        var first = await _client.SaveArtifactAsync("greeting", "hello");
        var second = await _client.SaveArtifactAsync("greeting", "hello");

        Assert.Equal((1, 2), (first.Version, second.Version));
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", first.ContentHash);
        var expected = Path.Combine(_folder.Path, "artifacts", "sha256", "2c", first.ContentHash);
        Assert.Equal([expected], Directory.GetFiles(Path.Combine(_folder.Path, "artifacts", "sha256"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder.Path, "artifacts", "staging")));
    }

    [Fact]
    public async Task Loading_a_tampered_file_fails_naming_the_artifact_version_and_file()
    {
        var saved = await _client.SaveArtifactAsync("weights", new byte[] { 1, 2, 3 });
        var path = Path.Combine(_folder.Path, "artifacts", "sha256", saved.ContentHash[..2], saved.ContentHash);
        File.SetAttributes(path, FileAttributes.Normal);
        await File.WriteAllBytesAsync(path, [1, 2, 4]);

        var error = await Assert.ThrowsAsync<ArtifactIntegrityException>(() => _client.LoadArtifactAsync<byte[]>(saved));

        Assert.Equal(("weights", 1, path, saved.ContentHash), (error.ArtifactName, error.ArtifactVersion, error.FilePath, error.ExpectedHash));
        Assert.Contains("'weights' version 1", error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task Saving_the_same_content_again_repairs_a_damaged_stored_file()
    {
        var saved = await _client.SaveArtifactAsync("weights", new byte[] { 1, 2, 3 });
        var path = Path.Combine(_folder.Path, "artifacts", "sha256", saved.ContentHash[..2], saved.ContentHash);
        File.SetAttributes(path, FileAttributes.Normal);
        await File.WriteAllBytesAsync(path, [9]);

        await _client.SaveArtifactAsync("weights", new byte[] { 1, 2, 3 });

        Assert.Equal([1, 2, 3], await _client.LoadArtifactAsync<byte[]>(saved));
        Assert.True(File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly));
    }

    [Fact]
    public async Task Loading_an_artifact_whose_file_is_gone_fails_with_not_found()
    {
        var saved = await _client.SaveArtifactAsync("gone", "x");
        File.Delete(Path.Combine(_folder.Path, "artifacts", "sha256", saved.ContentHash[..2], saved.ContentHash));

        var error = await Assert.ThrowsAsync<NotFoundException>(() => _client.LoadArtifactAsync<string>(saved));
        Assert.Contains(saved.ContentHash, error.Message);
    }

    [Fact]
    public async Task Loading_as_an_unrelated_type_fails_clearly()
    {
        var saved = await _client.SaveArtifactAsync("count", 3);

        var error = await Assert.ThrowsAsync<ValidationException>(() => _client.LoadArtifactAsync<DateTime>(saved));
        Assert.Contains("'count' version 1", error.Message);
        Assert.Contains("DateTime", error.Message);
    }

    [Fact]
    public async Task Loading_as_a_base_type_returns_the_saved_type()
    {
        var split = new Split("test", [1.0], []);
        var saved = await _client.SaveArtifactAsync("split", split);

        var loaded = await _client.LoadArtifactAsync<object>(saved);

        Assert.Equivalent(split, Assert.IsType<Split>(loaded), strict: true);
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("sub/dir")]
    [InlineData("tab\tname")]
    public async Task Unsafe_artifact_names_are_rejected_before_anything_is_written(string name)
    {
        await Assert.ThrowsAsync<ValidationException>(() => _client.SaveArtifactAsync(name, "x"));

        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "artifacts", "sha256")));
    }

    [Fact]
    public async Task A_failing_materializer_leaves_no_artifact_version_and_no_file()
    {
        _client.Materializers.Register(new FailingMaterializer());

        await Assert.ThrowsAsync<InvalidOperationException>(() => _client.SaveArtifactAsync("broken", new Broken()));

        Assert.Empty(await _client.ListArtifactVersionsAsync("broken"));
        Assert.Empty(Directory.GetFiles(Path.Combine(_folder.Path, "artifacts"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Saving_records_kind_type_materializer_tags_and_metadata()
    {
        _client.Materializers.Register(new CountingMaterializer());

        var saved = await _client.SaveArtifactAsync("counts", new Counted([1, 2, 3]), new ArtifactSaveOptions
        {
            Kind = ArtifactKind.Deployment,
            Tags = ["nightly"],
            Metadata = new Dictionary<string, MetadataValue> { ["owner"] = "ml-team", ["items"] = 99 },
        });

        var read = await _client.GetArtifactAsync(saved.Id);
        Assert.Equal((ArtifactKind.Deployment, "test.counting"), (read.Kind, read.MaterializerId));
        Assert.Equal($"{typeof(Counted).FullName}, Modelplane.Tests", read.TypeName);
        Assert.Equal(["nightly"], read.Tags);
        Assert.Equal("ml-team", read.Metadata["owner"].Text);
        Assert.Equal(99, read.Metadata["items"].AsInteger());
        Assert.Equal(ArtifactKind.Model, (await _client.SaveArtifactAsync("counts", new Counted([]))).Kind);
    }

    [Fact]
    public async Task Every_saved_artifact_records_the_size_of_its_stored_file_from_a_single_save()
    {
        var materializer = new CountingMaterializer();
        _client.Materializers.Register(materializer);

        var saved = await _client.SaveArtifactAsync("counts", new Counted([10, 20, 30]));
        var text = await _client.SaveArtifactAsync("note", "hello");

        Assert.Equal(1, materializer.Saves);
        Assert.Equal("10,20,30".Length, saved.Metadata["storage_size"].AsInteger());
        Assert.Equal(MetadataType.StorageSize, saved.Metadata["storage_size"].Type);
        Assert.Equal(new FileInfo(await _client.GetVerifiedPathAsync(text)).Length, (await _client.GetArtifactAsync(text.Id)).Metadata["storage_size"].AsInteger());
    }

    [Fact]
    public async Task A_saved_artifact_can_be_linked_and_found_through_its_model_version()
    {
        var version = await _client.CreateVersionAsync("churn");
        await _client.SaveArtifactAsync("threshold", 0.4, new ArtifactSaveOptions { LinkToModelVersionId = version.Id });
        await _client.SaveArtifactAsync("threshold", 0.5, new ArtifactSaveOptions { LinkToModelVersionId = version.Id });

        Assert.Equal(0.5, await _client.LoadLinkedArtifactAsync<double>(version, "threshold"));
        Assert.Equal(2, (await _client.ListLinkedArtifactsAsync(version.Id)).Count);
        var error = await Assert.ThrowsAsync<NotFoundException>(() => _client.GetLinkedArtifactAsync(version, "scaler"));
        Assert.Contains("'churn' version 1", error.Message);
        Assert.Contains("'scaler'", error.Message);
    }

    [Fact]
    public async Task Artifacts_are_looked_up_by_name_and_version()
    {
        await _client.SaveArtifactAsync("report", "v1");
        var latest = await _client.SaveArtifactAsync("report", "v2");

        Assert.Equal(latest.Id, (await _client.GetArtifactAsync("report")).Id);
        Assert.Equal("v1", await _client.LoadArtifactAsync<string>(await _client.GetArtifactAsync("report", 1)));
        Assert.Contains("no version 7", (await Assert.ThrowsAsync<NotFoundException>(() => _client.GetArtifactAsync("report", 7))).Message);
        Assert.Contains("'missing'", (await Assert.ThrowsAsync<NotFoundException>(() => _client.GetArtifactAsync("missing"))).Message);
    }

    [Fact]
    public async Task Concurrent_commits_of_identical_content_keep_one_file()
    {
        var store = new LocalArtifactStore(Path.Combine(_folder.Path, "concurrent"));

        var stored = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var staging = store.CreateStagingPath();
            await File.WriteAllTextAsync(staging, "same bytes");
            return await store.CommitAsync(staging);
        })));

        Assert.Single(stored.Select(s => s.ContentHash).Distinct());
        Assert.Single(Directory.GetFiles(Path.Combine(store.Root, "sha256"), "*", SearchOption.AllDirectories));
        Assert.True(await store.ExistsAsync(stored[0].ContentHash));
        Assert.Empty(Directory.GetFiles(Path.Combine(store.Root, "staging")));
    }

    [Fact]
    public void A_path_is_only_ever_formed_from_a_valid_hash()
    {
        var store = new LocalArtifactStore(Path.Combine(_folder.Path, "paths"));

        Assert.Throws<ValidationException>(() => store.PathOf("../../" + new string('a', 58)));
        Assert.Throws<ValidationException>(() => store.PathOf(new string('A', 64)));
    }

    public sealed record Counted(int[] Items);

    public sealed record Broken;

    private sealed class CountingMaterializer : Materializer<Counted>
    {
        public override string Id => "test.counting";

        public override ArtifactKind DefaultKind => ArtifactKind.Model;

        public int Saves { get; private set; }

        protected override void Save(Counted value, string path)
        {
            Saves++;
            File.WriteAllText(path, string.Join(',', value.Items));
        }

        protected override Counted Load(string path) => new([.. File.ReadAllText(path).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)]);

        protected override IReadOnlyDictionary<string, MetadataValue> ExtractMetadata(Counted value) =>
            new Dictionary<string, MetadataValue> { ["items"] = value.Items.Length };
    }

    private sealed class FailingMaterializer : Materializer<Broken>
    {
        public override string Id => "test.failing";

        protected override void Save(Broken value, string path)
        {
            File.WriteAllText(path, "half");
            throw new InvalidOperationException("disk full");
        }

        protected override Broken Load(string path) => new();
    }
}

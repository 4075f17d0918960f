using System.Security.Cryptography;
using System.Text;
using Amazon.S3.Model;
using Modelplane.Errors;
using Modelplane.S3;
using Modelplane.TeamMode.Tests.Infrastructure;

namespace Modelplane.TeamMode.Tests.S3;

/// <summary>The S3 artifact store against a real S3-compatible server (npm's s3rver in CI).</summary>
[RequiresService(TestService.S3)]
public sealed class S3ArtifactStoreTests(TestBucket bucket) : IClassFixture<TestBucket>, IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_saved_artifact_is_stored_under_its_content_hash_and_loads_back()
    {
        var prefix = $"team/{Guid.NewGuid():N}";
        await using var client = await OpenClientAsync(Store(prefix));

        var saved = await client.SaveArtifactAsync("features", "a,b,c\n1,2,3\n");

        var key = $"{prefix}/sha256/{saved.ContentHash[..2]}/{saved.ContentHash}";
        Assert.Contains(key, await bucket.KeysAsync());
        Assert.Equal(saved.ContentHash, Sha256(await bucket.ReadAsync(key)));
        Assert.Equal("a,b,c\n1,2,3\n", await client.LoadArtifactAsync<string>(saved));
    }

    [Fact]
    public async Task A_load_with_an_empty_cache_downloads_and_verifies_the_object()
    {
        var prefix = $"fresh/{Guid.NewGuid():N}";
        Modelplane.Artifacts.ArtifactVersion saved;
        await using (var writer = await OpenClientAsync(Store(prefix, "writer-cache")))
        {
            saved = await writer.SaveArtifactAsync("model", "weights");
        }

        var readerStore = Store(prefix, "reader-cache");
        await using var reader = await OpenClientAsync(readerStore);

        Assert.Equal("weights", await reader.LoadArtifactAsync<string>(saved));
        Assert.True(File.Exists(Path.Combine(_folder.Path, "reader-cache", "sha256", saved.ContentHash[..2], saved.ContentHash)));
    }

    [Fact]
    public async Task A_tampered_object_fails_loudly_and_is_not_cached()
    {
        var prefix = $"tamper/{Guid.NewGuid():N}";
        Modelplane.Artifacts.ArtifactVersion saved;
        await using (var writer = await OpenClientAsync(Store(prefix, "writer-cache")))
        {
            saved = await writer.SaveArtifactAsync("model", "honest weights");
        }

        var key = $"{prefix}/sha256/{saved.ContentHash[..2]}/{saved.ContentHash}";
        await bucket.Client.PutObjectAsync(new PutObjectRequest { BucketName = bucket.Name, Key = key, ContentBody = "evil weights", UseChunkEncoding = false });
        await using var reader = await OpenClientAsync(Store(prefix, "reader-cache"));

        var error = await Assert.ThrowsAsync<ModelplaneException>(() => reader.LoadArtifactAsync<string>(saved));

        Assert.Contains(key, error.Message);
        Assert.Contains(saved.ContentHash, error.Message);
        Assert.Contains(Sha256(Encoding.UTF8.GetBytes("evil weights")), error.Message);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "reader-cache", "sha256")));
    }

    [Fact]
    public async Task Identical_content_is_stored_once()
    {
        var prefix = $"dedup/{Guid.NewGuid():N}";
        await using var client = await OpenClientAsync(Store(prefix));

        var first = await client.SaveArtifactAsync("a", "same bytes");
        var second = await client.SaveArtifactAsync("b", "same bytes");

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Single(await bucket.KeysAsync(), k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Content_missing_from_the_bucket_is_not_found_naming_the_key()
    {
        using var store = Store($"missing/{Guid.NewGuid():N}");
        var hash = Sha256("never stored"u8.ToArray());

        Assert.False(await store.ExistsAsync(hash));
        var error = await Assert.ThrowsAsync<NotFoundException>(() => store.GetLocalPathAsync(hash));
        Assert.Contains(store.KeyOf(hash), error.Message);
    }

    [Fact]
    public async Task A_server_that_keeps_chunk_framing_is_caught_by_the_upload_check_and_leaves_nothing_behind()
    {
        var prefix = $"chunked/{Guid.NewGuid():N}";
        using var store = new S3ArtifactStore(bucket.Options(Path.Combine(_folder.Path, "cache"), prefix) with { UseChunkEncoding = true });
        var staging = store.CreateStagingPath();
        await File.WriteAllTextAsync(staging, "chunk me");

        // s3rver 3.7 stores the aws-chunked body verbatim, framing included.
        var error = await Assert.ThrowsAsync<ModelplaneException>(() => store.CommitAsync(staging));

        Assert.Contains("UseChunkEncoding", error.Message);
        Assert.DoesNotContain(await bucket.KeysAsync(), k => k.StartsWith(prefix, StringComparison.Ordinal));
        Assert.False(File.Exists(staging));
    }

    [Fact]
    public async Task A_missing_bucket_is_a_clear_error_without_the_secret()
    {
        using var store = new S3ArtifactStore(bucket.Options(Path.Combine(_folder.Path, "cache")) with { BucketName = "no-such-bucket-here", SecretAccessKey = "TopSecretValue123" });
        var staging = store.CreateStagingPath();
        await File.WriteAllTextAsync(staging, "x");

        var error = await Assert.ThrowsAsync<ModelplaneException>(() => store.CommitAsync(staging));

        Assert.Contains("s3://no-such-bucket-here", error.Message);
        Assert.DoesNotContain("TopSecretValue123", error.ToString());
    }

    private S3ArtifactStore Store(string prefix, string cache = "cache") =>
        new(bucket.Options(Path.Combine(_folder.Path, cache), prefix));

    private Task<ModelplaneClient> OpenClientAsync(S3ArtifactStore store) =>
        ModelplaneClient.CreateBuilder(Path.Combine(_folder.Path, "store")).UseArtifactStore(store).BuildAsync();

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

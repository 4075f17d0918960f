using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Modelplane.Artifacts;
using Modelplane.Errors;
using Modelplane.Storage.Providers;

namespace Modelplane.S3;

/// <summary>
/// An artifact store in an S3 bucket (AWS or any S3-compatible server), content-addressed under
/// <c>&lt;prefix&gt;/sha256/&lt;first 2 hex digits&gt;/&lt;64 hex digits&gt;</c> like <see cref="LocalArtifactStore"/>.
/// Every upload is read back and re-hashed before it counts as stored; loads download into a local
/// cache folder and verify the hash, so a changed or mangled object fails loudly instead of loading.
/// </summary>
/// <example>
/// <code>
/// S3ArtifactStore.Register();   // lets MODELPLANE_ARTIFACTS=s3://bucket/prefix and UseArtifactStore("s3://…") work
/// var store = new S3ArtifactStore(new S3ArtifactStoreOptions { BucketName = "ml", ServiceUrl = new Uri("http://minio:9000") });
/// </code>
/// </example>
public sealed class S3ArtifactStore : IArtifactStore, IDisposable
{
    private const string HashMetadataKey = "sha256";

    private readonly S3ArtifactStoreOptions _options;
    private readonly IAmazonS3 _client;
    private readonly string _cacheFolder;
    private readonly string _stagingFolder;

    /// <summary>Opens the store described by <paramref name="options"/>; the bucket must exist.</summary>
    public S3ArtifactStore(S3ArtifactStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.BucketName);
        _options = options with { Prefix = options.Prefix.Trim('/') };
        _client = CreateClient(_options);
        _cacheFolder = Path.GetFullPath(options.CacheFolder);
        _stagingFolder = Path.Combine(_cacheFolder, "staging");
        try
        {
            Directory.CreateDirectory(_stagingFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ModelplaneException($"Cannot create the S3 cache folder '{_cacheFolder}' for {_options}: {e.Message} Set {S3ArtifactStoreOptions.CacheVariable} to a folder Modelplane can write to.", e);
        }
    }

    /// <inheritdoc />
    public string Location => _options.ToString();

    /// <summary>Lets <c>s3://bucket/prefix</c> locations open this store (<c>MODELPLANE_ARTIFACTS</c>, <see cref="ModelplaneClientBuilder.UseArtifactStore(string)"/>); calling it again does nothing.</summary>
    public static void Register() => ArtifactStoreProviders.Register(new S3ArtifactStoreProvider());

    /// <summary>The object key of the content with <paramref name="contentHash"/>.</summary>
    public string KeyOf(string contentHash)
    {
        ContentHash.Validate(contentHash);
        var key = $"sha256/{contentHash[..2]}/{contentHash}";
        return _options.Prefix.Length == 0 ? key : $"{_options.Prefix}/{key}";
    }

    /// <inheritdoc />
    public string CreateStagingPath() => Path.Combine(_stagingFolder, $"{Guid.NewGuid():N}.tmp");

    /// <inheritdoc />
    public async Task<StoredContent> CommitAsync(string stagingPath, CancellationToken cancellationToken = default)
    {
        var staged = new FileInfo(stagingPath);
        if (!staged.Exists)
        {
            throw new NotFoundException($"Cannot store '{stagingPath}': the file does not exist. The materializer must write the value to the staging path it was given.");
        }

        var content = new StoredContent(await ContentHash.OfFileAsync(stagingPath, cancellationToken).ConfigureAwait(false), staged.Length);
        var key = KeyOf(content.ContentHash);
        try
        {
            if (!await HoldsAsync(key, content, cancellationToken).ConfigureAwait(false))
            {
                await UploadAsync(stagingPath, key, content, cancellationToken).ConfigureAwait(false);
                await VerifyUploadAsync(key, content, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            File.Delete(stagingPath);
        }

        return content;
    }

    /// <inheritdoc />
    public async Task<string> GetLocalPathAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        var cached = CachePathOf(contentHash);
        if (File.Exists(cached))
        {
            return cached;
        }

        var key = KeyOf(contentHash);
        var download = await DownloadAsync(key, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException($"The artifact store {Location} has no object '{key}'. It was deleted or the store points at the wrong bucket or prefix; re-run the step that produced it.");
        var actual = await ContentHash.OfFileAsync(download, cancellationToken).ConfigureAwait(false);
        if (actual != contentHash)
        {
            File.Delete(download);
            throw new ModelplaneException(
                $"The object '{key}' in {Location} does not hold the content its key names: it has SHA-256 {actual}, expected {contentHash}. " +
                "It was changed in the bucket after it was stored; do not edit objects in the artifact store, re-run the step that produced it.");
        }

        return MoveIntoCache(download, cached);
    }

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(string contentHash, CancellationToken cancellationToken = default) =>
        await HeadAsync(KeyOf(contentHash), cancellationToken).ConfigureAwait(false) is not null;

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static AmazonS3Client CreateClient(S3ArtifactStoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // Checksums only where S3 requires them: trailing checksums need aws-chunked uploads.
            RequestChecksumCalculation = options.UseChunkEncoding ? RequestChecksumCalculation.WHEN_SUPPORTED : RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        if (options.ServiceUrl is { } serviceUrl)
        {
            config.ServiceURL = serviceUrl.ToString();
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(options.Region);
        }

        return options.AccessKeyId is { Length: > 0 } accessKey && options.SecretAccessKey is { Length: > 0 } secretKey
            ? new AmazonS3Client(new BasicAWSCredentials(accessKey, secretKey), config)
            : new AmazonS3Client(config);
    }

    private string CachePathOf(string contentHash)
    {
        ContentHash.Validate(contentHash);
        return Path.Combine(_cacheFolder, "sha256", contentHash[..2], contentHash);
    }

    // Whether the bucket already holds this content (stored by us, so with its hash in the metadata).
    private async Task<bool> HoldsAsync(string key, StoredContent content, CancellationToken cancellationToken)
    {
        var head = await HeadAsync(key, cancellationToken).ConfigureAwait(false);
        return head is not null && head.ContentLength == content.Size && head.Metadata[HashMetadataKey] == content.ContentHash;
    }

    private async Task UploadAsync(string stagingPath, string key, StoredContent content, CancellationToken cancellationToken)
    {
        var request = new PutObjectRequest
        {
            BucketName = _options.BucketName,
            Key = key,
            FilePath = stagingPath,
            ContentType = "application/octet-stream",
            UseChunkEncoding = _options.UseChunkEncoding,
        };
        request.Metadata[HashMetadataKey] = content.ContentHash;
        await CallAsync(() => _client.PutObjectAsync(request, cancellationToken), $"store '{key}' in").ConfigureAwait(false);
    }

    // Read the object back: servers that store what they were sent differently (chunk framing,
    // truncation) are caught here, before any record points at the object. The verified copy
    // becomes the local cache entry, so the read is not wasted.
    private async Task VerifyUploadAsync(string key, StoredContent content, CancellationToken cancellationToken)
    {
        var download = await DownloadAsync(key, cancellationToken).ConfigureAwait(false)
            ?? throw new ModelplaneException($"The object '{key}' was uploaded to {Location} but cannot be read back. Check the bucket's permissions (Modelplane needs s3:GetObject as well as s3:PutObject).");
        var size = new FileInfo(download).Length;
        var actual = await ContentHash.OfFileAsync(download, cancellationToken).ConfigureAwait(false);
        if (actual != content.ContentHash || size != content.Size)
        {
            File.Delete(download);
            await CallAsync(() => _client.DeleteObjectAsync(_options.BucketName, key, cancellationToken), $"delete the mangled object '{key}' from").ConfigureAwait(false);
            throw new ModelplaneException(
                $"{Location} stored '{key}' as {size} bytes with SHA-256 {actual}, but {content.Size} bytes with SHA-256 {content.ContentHash} were uploaded; the object was deleted. " +
                (_options.UseChunkEncoding
                    ? "The server keeps the aws-chunked framing of the upload: set UseChunkEncoding to false for this server."
                    : "The server or a proxy changed the content in transit or at rest; check the endpoint."));
        }

        MoveIntoCache(download, CachePathOf(content.ContentHash));
    }

    // The object downloaded to a new file in the staging folder, or null if there is no such object.
    private async Task<string?> DownloadAsync(string key, CancellationToken cancellationToken)
    {
        var target = CreateStagingPath();
        try
        {
            using var response = await CallAsync(() => _client.GetObjectAsync(_options.BucketName, key, cancellationToken), $"read '{key}' from").ConfigureAwait(false);
            await using (var file = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await response.ResponseStream.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            }

            return target;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
            File.Delete(target);
            return null;
        }
        catch
        {
            File.Delete(target);
            throw;
        }
    }

    private async Task<GetObjectMetadataResponse?> HeadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync(() => _client.GetObjectMetadataAsync(_options.BucketName, key, cancellationToken), $"look up '{key}' in").ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    // A missing object passes through (callers decide what it means); every other failure, a
    // missing bucket included, names the store and what to check.
    private async Task<T> CallAsync<T>(Func<Task<T>> call, string action)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode != HttpStatusCode.NotFound || e.ErrorCode == "NoSuchBucket")
        {
            throw new ModelplaneException($"Cannot {action} the artifact store {Location}: {e.StatusCode} {e.ErrorCode} {e.Message} Check that the bucket exists and the credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) may use it.", e);
        }
        catch (AmazonServiceException e) when (e is not AmazonS3Exception)
        {
            throw new ModelplaneException($"Cannot {action} the artifact store {Location}: {e.Message}", e);
        }
        catch (AmazonClientException e)
        {
            throw new ModelplaneException($"Cannot {action} the artifact store {Location}: {e.Message} Check {S3ArtifactStoreOptions.EndpointVariable} and the credentials.", e);
        }
        catch (HttpRequestException e)
        {
            throw new ModelplaneException($"Cannot reach the artifact store {Location} to {action} it: {e.Message} Check {S3ArtifactStoreOptions.EndpointVariable}.", e);
        }
    }

    private static string MoveIntoCache(string download, string cached)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
        try
        {
            File.Move(download, cached, overwrite: false);
        }
        catch (IOException) when (File.Exists(cached))
        {
            // Another process cached the same content first; identical bytes, keep theirs.
            File.Delete(download);
        }

        return cached;
    }
}

using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Modelplane.S3;

namespace Modelplane.TeamMode.Tests.Infrastructure;

/// <summary>
/// A fresh bucket for one test class on the S3-compatible server of <c>MODELPLANE_TEST_S3</c>
/// (s3rver's default credentials), with a raw client for checking and tampering with objects.
/// </summary>
public sealed class TestBucket : IAsyncLifetime
{
    /// <summary>s3rver's built-in access key and secret.</summary>
    public const string AccessKey = "S3RVER";

    public const string SecretKey = "S3RVER";

    private AmazonS3Client? _client;

    public string Name { get; } = $"modelplane-t-{Guid.NewGuid():N}"[..40];

    public Uri Endpoint => new(TestServices.RequireS3());

    public AmazonS3Client Client => _client ?? throw new InvalidOperationException(TestServices.S3SkipReason);

    /// <summary>Store options for this bucket with a cache of its own.</summary>
    public S3ArtifactStoreOptions Options(string cacheFolder, string prefix = "") => new()
    {
        BucketName = Name,
        Prefix = prefix,
        ServiceUrl = Endpoint,
        AccessKeyId = AccessKey,
        SecretAccessKey = SecretKey,
        CacheFolder = cacheFolder,
    };

    public async Task<byte[]> ReadAsync(string key)
    {
        using var response = await Client.GetObjectAsync(Name, key);
        using var memory = new MemoryStream();
        await response.ResponseStream.CopyToAsync(memory);
        return memory.ToArray();
    }

    public async Task<IReadOnlyList<string>> KeysAsync() =>
        [.. ((await Client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Name })).S3Objects ?? []).Select(o => o.Key)];

    public async Task InitializeAsync()
    {
        if (TestServices.S3 is null && !TestServices.Required)
        {
            return;
        }

        _client = new AmazonS3Client(
            new BasicAWSCredentials(AccessKey, SecretKey),
            new AmazonS3Config
            {
                ServiceURL = Endpoint.ToString(),
                ForcePathStyle = true,
                AuthenticationRegion = "us-east-1",
                RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
                ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            });
        await _client.PutBucketAsync(Name);
    }

    public Task DisposeAsync()
    {
        // s3rver keeps its data in a temporary folder that CI throws away; the bucket is left behind.
        _client?.Dispose();
        return Task.CompletedTask;
    }
}

using Modelplane.Errors;
using Modelplane.Storage;

namespace Modelplane.S3;

/// <summary>Where an <see cref="S3ArtifactStore"/> keeps its objects and how it talks to the server.</summary>
public sealed record S3ArtifactStoreOptions
{
    /// <summary>The URL scheme of an S3 location: <c>s3://bucket/prefix</c>.</summary>
    public const string Scheme = "s3://";

    /// <summary>Environment variable: the service URL of an S3-compatible server (MinIO, Ceph, s3rver); unset for AWS.</summary>
    public const string EndpointVariable = "MODELPLANE_S3_ENDPOINT";

    /// <summary>Environment variable: the local cache folder for downloaded objects.</summary>
    public const string CacheVariable = "MODELPLANE_S3_CACHE";

    /// <summary>The bucket; it must exist.</summary>
    public required string BucketName { get; init; }

    /// <summary>A key prefix inside the bucket (no leading or trailing slash), so several stores can share a bucket; empty for the bucket root.</summary>
    public string Prefix { get; init; } = "";

    /// <summary>The service URL of an S3-compatible server, e.g. <c>http://127.0.0.1:9000</c>; <see langword="null"/> for AWS S3 in <see cref="Region"/>.</summary>
    public Uri? ServiceUrl { get; init; }

    /// <summary>The region (and signing region for S3-compatible servers); <c>us-east-1</c> by default.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The access key id; with <see cref="SecretAccessKey"/> unset, the AWS SDK's default chain is used (<c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>, profiles, instance roles).</summary>
    public string? AccessKeyId { get; init; }

    /// <summary>The secret access key. Never written to messages or <see cref="ToString"/>.</summary>
    public string? SecretAccessKey { get; init; }

    /// <summary>Path-style addressing (<c>host/bucket/key</c>) as most S3-compatible servers need; on by default.</summary>
    public bool ForcePathStyle { get; init; } = true;

    /// <summary>
    /// Uploads with the SDK's aws-chunked encoding and trailing checksums. Off by default: several
    /// S3-compatible servers (npm's s3rver among them) store the chunk framing as part of the object.
    /// Every upload is verified either way, so a server that mangles chunked uploads fails loudly.
    /// </summary>
    public bool UseChunkEncoding { get; init; }

    /// <summary>The local folder where downloaded objects are cached (content-addressed, so safe to share); a folder under the temp folder by default.</summary>
    public string CacheFolder { get; init; } = Path.Combine(Path.GetTempPath(), "modelplane-s3-cache");

    /// <summary>
    /// Options for <c>s3://bucket/prefix</c>, with the endpoint from <c>MODELPLANE_S3_ENDPOINT</c>, the region from
    /// <c>AWS_REGION</c>, the cache from <c>MODELPLANE_S3_CACHE</c> and credentials from <c>AWS_ACCESS_KEY_ID</c> and
    /// <c>AWS_SECRET_ACCESS_KEY</c> (or the SDK's default chain).
    /// </summary>
    public static S3ArtifactStoreOptions FromUrl(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        if (!location.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException($"'{StoreRedaction.Redact(location)}' is not an S3 location; write s3://bucket or s3://bucket/prefix.");
        }

        var path = location[Scheme.Length..].TrimEnd('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? path : path[..slash];
        if (bucket.Length == 0 || bucket.Contains('@', StringComparison.Ordinal) || bucket.Contains(':', StringComparison.Ordinal))
        {
            throw new ValidationException(
                $"The S3 location '{StoreRedaction.Redact(location)}' names no valid bucket; write s3://bucket/prefix and give credentials in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, never in the URL.");
        }

        var options = new S3ArtifactStoreOptions
        {
            BucketName = bucket,
            Prefix = slash < 0 ? "" : path[(slash + 1)..],
            AccessKeyId = Variable("AWS_ACCESS_KEY_ID"),
            SecretAccessKey = Variable("AWS_SECRET_ACCESS_KEY"),
            Region = Variable("AWS_REGION") ?? Variable("AWS_DEFAULT_REGION") ?? "us-east-1",
        };
        if (Variable(EndpointVariable) is { } endpoint)
        {
            options = options with
            {
                ServiceUrl = Uri.TryCreate(endpoint, UriKind.Absolute, out var url)
                    ? url
                    : throw new ValidationException($"{EndpointVariable} is '{StoreRedaction.Redact(endpoint)}', which is not an absolute URL; write e.g. http://127.0.0.1:9000."),
            };
        }

        return Variable(CacheVariable) is { } cache ? options with { CacheFolder = cache } : options;
    }

    /// <summary>The store's location without credentials: <c>s3://bucket/prefix</c>, with the endpoint if one is set.</summary>
    public override string ToString()
    {
        var prefix = Prefix.Length == 0 ? "" : $"/{Prefix}";
        var endpoint = ServiceUrl is null ? "" : $" at {StoreRedaction.Redact(ServiceUrl.GetLeftPart(UriPartial.Authority))}";
        return $"{Scheme}{BucketName}{prefix}{endpoint}";
    }

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}

using Modelplane.Errors;
using Modelplane.S3;

namespace Modelplane.TeamMode.Tests.Stores;

/// <summary>How <c>s3://</c> locations are read, and that credentials never show.</summary>
public sealed class S3LocationTests
{
    [Theory]
    [InlineData("s3://ml-artifacts", "ml-artifacts", "")]
    [InlineData("s3://ml-artifacts/", "ml-artifacts", "")]
    [InlineData("s3://ml-artifacts/team/churn/", "ml-artifacts", "team/churn")]
    public void A_location_names_the_bucket_and_prefix(string location, string bucket, string prefix)
    {
        var options = S3ArtifactStoreOptions.FromUrl(location);

        Assert.Equal(bucket, options.BucketName);
        Assert.Equal(prefix, options.Prefix);
    }

    [Theory]
    [InlineData("s3://AKIAEXAMPLE:TopSecret1@bucket/prefix")]
    [InlineData("s3:///prefix-without-bucket")]
    public void Credentials_in_the_url_or_a_missing_bucket_are_rejected_without_showing_the_secret(string location)
    {
        var error = Assert.Throws<ValidationException>(() => S3ArtifactStoreOptions.FromUrl(location));

        Assert.Contains("bucket", error.Message);
        Assert.DoesNotContain("TopSecret1", error.Message);
    }

    [Fact]
    public void The_location_shown_in_messages_has_the_endpoint_but_no_keys()
    {
        var options = new S3ArtifactStoreOptions
        {
            BucketName = "ml",
            Prefix = "team",
            ServiceUrl = new Uri("http://minio.internal:9000"),
            AccessKeyId = "AKIAEXAMPLE",
            SecretAccessKey = "TopSecret1",
        };

        Assert.Equal("s3://ml/team at http://minio.internal:9000", options.ToString());
    }
}

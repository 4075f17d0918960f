using System.IO.Compression;
using System.Security.Cryptography;
using Modelplane.Templates.Tests.Approval;
using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests;

/// <summary>The Modelplane packages travel inside the template pack and come out of dotnet new byte for byte.</summary>
[Collection(TemplatePackCollection.Name)]
public sealed class BundledPackageTests(TemplatePackFixture pack)
{
    private const string BundledFolder = "content/e2e-batch/packages/";

    [Fact]
    public void The_pack_bundles_every_Modelplane_package_the_generated_project_needs()
    {
        using var archive = ZipFile.OpenRead(pack.PackagePath);

        var bundled = archive.Entries
            .Where(entry => entry.FullName.StartsWith(BundledFolder, StringComparison.Ordinal) && entry.Name.EndsWith(".nupkg", StringComparison.Ordinal))
            .Select(entry => PackageId(entry.Name))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Modelplane", "Modelplane.Cli", "Modelplane.ML", "Modelplane.PostgreSql", "Modelplane.S3"], bundled);
    }

    [Fact]
    public async Task Bundled_packages_are_byte_identical_after_instantiation()
    {
        var output = await pack.InstantiateAsync("Contoso.Churn");
        using var archive = ZipFile.OpenRead(pack.PackagePath);

        var entries = archive.Entries.Where(entry => entry.FullName.StartsWith(BundledFolder, StringComparison.Ordinal) && entry.Name.EndsWith(".nupkg", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            using var stream = entry.Open();
            var packed = Convert.ToHexStringLower(SHA256.HashData(stream));
            var generated = Path.Combine(output, "packages", entry.Name);

            Assert.True(File.Exists(generated), $"{entry.Name} is missing from the generated packages/ folder");
            Assert.Equal(packed, ProjectSnapshot.Sha256(generated));
            using var _ = ZipFile.OpenRead(generated);
        }
    }

    // Modelplane.ML.0.1.0.nupkg -> Modelplane.ML: the id ends where the numeric version starts.
    private static string PackageId(string fileName)
    {
        var parts = Path.GetFileNameWithoutExtension(fileName).Split('.');
        return string.Join('.', parts.TakeWhile(part => !part.All(char.IsDigit)));
    }
}

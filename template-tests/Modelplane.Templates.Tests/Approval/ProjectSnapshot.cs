using System.Security.Cryptography;

namespace Modelplane.Templates.Tests.Approval;

/// <summary>
/// A generated project as comparable text: a file tree (<see cref="TreeFileName"/>) plus the scrubbed
/// content of every text file. Data files are listed with their SHA-256 instead of their content; the
/// bundled packages are listed by name only, since they are rebuilt on every pack (their bytes are
/// checked by BundledPackageTests).
/// </summary>
internal static class ProjectSnapshot
{
    public const string TreeFileName = "__tree.txt";

    public static IReadOnlyList<SnapshotFile> Take(string outputFolder)
    {
        var scrubber = new SnapshotScrubber(outputFolder);
        var tree = new List<string>();
        var files = new List<SnapshotFile>();
        foreach (var path in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories)
                     .Select(file => Path.GetRelativePath(outputFolder, file).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            var fullPath = Path.Combine(outputFolder, path);
            if (path.EndsWith(".nupkg", StringComparison.Ordinal))
            {
                tree.Add($"{path}  (bundled package)");
            }
            else if (path.EndsWith(".csv", StringComparison.Ordinal))
            {
                tree.Add($"{path}  sha256:{Sha256(fullPath)}");
            }
            else
            {
                tree.Add(path);
                files.Add(new SnapshotFile(path, scrubber.Scrub(File.ReadAllText(fullPath))));
            }
        }

        return [new SnapshotFile(TreeFileName, string.Join('\n', tree) + "\n"), .. files];
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

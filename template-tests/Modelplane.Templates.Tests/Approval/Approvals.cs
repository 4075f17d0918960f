using System.Text;
using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests.Approval;

/// <summary>
/// Compares a snapshot with the approved one under template-tests/Snapshots/&lt;case&gt;/ (each file stored as
/// &lt;path&gt;.snap). A mismatch fails with a unified diff per file. With MODELPLANE_ACCEPT_SNAPSHOTS=1 the
/// snapshot is written as the new approved one instead; review it with git diff before committing.
/// </summary>
internal static class Approvals
{
    public const string AcceptVariable = "MODELPLANE_ACCEPT_SNAPSHOTS";
    private const string Suffix = ".snap";

    public static void Verify(string caseName, IReadOnlyList<SnapshotFile> snapshot)
    {
        var folder = Path.Combine(RepositoryLayout.SnapshotsFolder, caseName);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Accept(folder, snapshot);
            return;
        }

        var approved = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*" + Suffix, SearchOption.AllDirectories).ToDictionary(
                file => Path.GetRelativePath(folder, file)[..^Suffix.Length].Replace('\\', '/'),
                file => File.ReadAllText(file).Replace("\r\n", "\n"))
            : [];
        var actual = snapshot.ToDictionary(file => file.Path, file => file.Text);
        var report = new StringBuilder();
        foreach (var path in approved.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var isApproved = approved.TryGetValue(path, out var approvedText);
            var isGenerated = actual.TryGetValue(path, out var actualText);
            if (!isApproved)
            {
                report.AppendLine($"{path}: generated but not in the approved snapshot.");
                report.AppendLine(UnifiedDiff.Render("/dev/null", "", path, actualText!));
            }
            else if (!isGenerated)
            {
                report.AppendLine($"{path}: in the approved snapshot but no longer generated.");
            }
            else if (approvedText != actualText)
            {
                report.AppendLine($"{path}: differs from the approved snapshot.");
                report.AppendLine(UnifiedDiff.Render($"approved/{path}", approvedText!, $"generated/{path}", actualText!));
            }
        }

        Assert.True(report.Length == 0,
            $"The '{caseName}' project does not match its approved snapshot in {folder}.\n{report}\n" +
            $"If the change is intended, run the tests with {AcceptVariable}=1 and review `git diff template-tests/Snapshots`.");
    }

    private static void Accept(string folder, IReadOnlyList<SnapshotFile> snapshot)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var file in snapshot)
        {
            var path = Path.Combine(folder, file.Path + Suffix);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
    }
}

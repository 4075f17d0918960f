namespace Modelplane.Templates.Tests.Infrastructure;

/// <summary>Paths inside this repository, found from the test assembly's location.</summary>
internal static class RepositoryLayout
{
    public static string Root { get; } = FindRoot();

    public static string TemplatePackProject => Path.Combine(Root, "templates", "Modelplane.Templates.csproj");

    public static string TemplateFolder => Path.Combine(Root, "templates", "e2e-batch");

    public static string SnapshotsFolder => Path.Combine(Root, "template-tests", "Snapshots");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TemplatePack.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No TemplatePack.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }
}

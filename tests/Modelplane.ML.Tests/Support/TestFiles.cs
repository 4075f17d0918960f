namespace Modelplane.ML.Tests.Support;

/// <summary>Paths to the repository's sample data and a scratch folder per test class.</summary>
internal static class TestFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TemplatePack.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (TemplatePack.sln) above " + AppContext.BaseDirectory);
    });

    public static string BreastCancer => Path.Combine(Root.Value, "data", "breast_cancer.csv");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}

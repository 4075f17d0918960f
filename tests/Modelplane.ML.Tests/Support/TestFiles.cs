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

/// <summary>A temporary folder deleted when the test class is done.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "modelplane-ml-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string WriteCsv(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content.Replace("\r\n", "\n"));
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A lazily read data view may still hold a file open; the OS temp cleaner gets it later.
        }
    }
}

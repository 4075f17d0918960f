namespace Modelplane.ML.Tests.Support;

/// <summary>A temporary folder deleted when the test class is done.</summary>
internal sealed class TempFolder : IDisposable
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

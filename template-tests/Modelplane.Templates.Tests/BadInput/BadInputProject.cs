using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests.BadInput;

/// <summary>
/// One generated project, built once and trained once, shared by every bad-input case. Each case runs the built app
/// against its own copy of the trained store (through MODELPLANE_STORE) with its own configuration and data files,
/// as a user would edit them, so cases never see each other's runs.
/// </summary>
public sealed class BadInputProject
{
    public const string Name = "BadInput";
    public const string Model = "e2e_use_case";

    private readonly SemaphoreSlim gate = new(1, 1);
    private int cases;

    public string Folder { get; private set; } = "";

    /// <summary>A store holding one completed training run: version 1 of <see cref="Model"/> in staging.</summary>
    public string TrainedStore { get; private set; } = "";

    private string CasesFolder => Path.Combine(Folder, "cases");

    private string Dll => Path.Combine(Folder, "src", Name, "bin", "Debug", "net10.0", $"{Name}.dll");

    public async Task EnsureReadyAsync(TemplatePackFixture pack)
    {
        await gate.WaitAsync();
        try
        {
            if (TrainedStore.Length > 0)
            {
                return;
            }

            Folder = await pack.InstantiateAsync(Name);
            (await Dotnet.RunAsync(Folder, ["build", $"src/{Name}"], pack.GeneratedProjectEnvironment, TimeSpan.FromMinutes(10))).EnsureSuccess();
            Directory.CreateDirectory(CasesFolder);
            var store = Path.Combine(CasesFolder, "trained-store");
            (await RunAsync(store, "train")).EnsureSuccess();
            TrainedStore = store;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A fresh copy of <see cref="TrainedStore"/> for one case.</summary>
    public string CopyOfTrainedStore(string caseName)
    {
        var copy = NewCaseFolder(caseName, "store");
        foreach (var file in Directory.GetFiles(TrainedStore, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(TrainedStore, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    /// <summary>A new, empty folder for one case.</summary>
    public string NewCaseFolder(string caseName, string what)
    {
        var folder = Path.Combine(CasesFolder, $"{Interlocked.Increment(ref cases):D2}-{caseName}", what);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The project's data file with <paramref name="edit"/> applied to its rows (header first), written under cases/.</summary>
    public string WriteDataFile(string fileName, Func<List<string[]>, IEnumerable<string[]>> edit)
    {
        var rows = File.ReadLines(Path.Combine(Folder, "data", "breast_cancer.csv")).Select(line => line.Split(',')).ToList();
        var path = Path.Combine(CasesFolder, fileName);
        File.WriteAllLines(path, edit(rows).Select(fields => string.Join(',', fields)));
        return Path.GetRelativePath(Folder, path);
    }

    /// <summary>configs/<paramref name="config"/> with each (old, new) text replaced, written under cases/; the path to pass to --config.</summary>
    public string WriteConfig(string config, string fileName, params (string Old, string New)[] replacements)
    {
        var text = File.ReadAllText(Path.Combine(Folder, "configs", config));
        foreach (var (old, replacement) in replacements)
        {
            Assert.Contains(old, text);
            text = text.Replace(old, replacement);
        }

        var path = Path.Combine(CasesFolder, fileName);
        File.WriteAllText(path, text);
        return Path.GetRelativePath(Folder, path);
    }

    /// <summary>Runs the built app from the project folder, as <c>dotnet src/&lt;Name&gt;/bin/…/&lt;Name&gt;.dll</c> with <paramref name="arguments"/>.</summary>
    public Task<ProcessResult> RunAsync(string store, params string[] arguments) =>
        Dotnet.RunAsync(Folder, [Dll, .. arguments], new Dictionary<string, string> { [ModelplaneClient.StoreEnvironmentVariable] = store }, TimeSpan.FromMinutes(5));
}

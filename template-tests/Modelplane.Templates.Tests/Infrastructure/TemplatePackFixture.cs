namespace Modelplane.Templates.Tests.Infrastructure;

/// <summary>
/// Packs templates/Modelplane.Templates.csproj once per test run, installs the pack into a private
/// template hive, and creates projects from it in fresh folders. Everything lives under one temporary
/// folder that is deleted at the end (kept when MODELPLANE_KEEP_TEST_OUTPUT=1).
/// </summary>
public sealed class TemplatePackFixture : IAsyncLifetime
{
    public const string ShortName = "e2e-batch";

    private int instantiations;

    public string WorkFolder { get; } = Directory.CreateTempSubdirectory("modelplane-template-tests-").FullName;

    /// <summary>The packed template pack (.nupkg).</summary>
    public string PackagePath { get; private set; } = "";

    private string HiveFolder => Path.Combine(WorkFolder, "hive");

    /// <summary>
    /// The NuGet packages folder for generated projects. It is fresh per run, so the bundled Modelplane
    /// packages restored from it are the ones just packed, never a stale copy with the same version.
    /// Every other package id is a link into the user's packages folder, so nothing is downloaded twice.
    /// </summary>
    public string NuGetPackagesFolder => Path.Combine(WorkFolder, "nuget-packages");

    /// <summary>The environment for commands run in a generated project.</summary>
    public IReadOnlyDictionary<string, string> GeneratedProjectEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = NuGetPackagesFolder,
    };

    public async Task InitializeAsync()
    {
        var packFolder = Path.Combine(WorkFolder, "pack");
        (await Dotnet.RunAsync(RepositoryLayout.Root,
            ["pack", RepositoryLayout.TemplatePackProject, "-c", "Release", "-o", packFolder],
            timeout: TimeSpan.FromMinutes(10))).EnsureSuccess();
        PackagePath = Directory.GetFiles(packFolder, "Modelplane.Templates.*.nupkg").Single();

        (await Dotnet.RunAsync(WorkFolder, ["new", "install", PackagePath, "--debug:custom-hive", HiveFolder])).EnsureSuccess();
        LinkUserPackagesExceptModelplane();
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("MODELPLANE_KEEP_TEST_OUTPUT") != "1")
        {
            Directory.Delete(WorkFolder, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs <c>dotnet new</c> against the private hive.</summary>
    public Task<ProcessResult> NewAsync(params string[] arguments) =>
        Dotnet.RunAsync(WorkFolder, ["new", .. arguments, "--debug:custom-hive", HiveFolder], timeout: TimeSpan.FromMinutes(2));

    /// <summary>Creates a project from the template in a fresh folder and returns that folder.</summary>
    public async Task<string> InstantiateAsync(string projectName, params string[] options)
    {
        var output = Path.Combine(WorkFolder, "out", $"{Interlocked.Increment(ref instantiations):D3}", projectName);
        (await NewAsync([ShortName, "-o", output, "--no-restore", .. options])).EnsureSuccess();
        return output;
    }

    private void LinkUserPackagesExceptModelplane()
    {
        Directory.CreateDirectory(NuGetPackagesFolder);
        var userPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        if (!Directory.Exists(userPackages))
        {
            return;
        }

        foreach (var package in Directory.GetDirectories(userPackages))
        {
            var id = Path.GetFileName(package);
            if (!id.StartsWith("modelplane", StringComparison.OrdinalIgnoreCase))
            {
                Directory.CreateSymbolicLink(Path.Combine(NuGetPackagesFolder, id), package);
            }
        }
    }
}

using Modelplane.Testing;
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
    private int hives;

    public string WorkFolder { get; } = Directory.CreateTempSubdirectory("modelplane-template-tests-").FullName;

    /// <summary>The packed template pack (.nupkg).</summary>
    public string PackagePath { get; private set; } = "";

    /// <summary>The private template hive the pack is installed in; dotnet new calls on one hive must not overlap.</summary>
    public string HiveFolder => Path.Combine(WorkFolder, "hive");

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

        await InstallAsync(HiveFolder);
        GeneratedProjectPackages.CreateFolder(NuGetPackagesFolder);
    }

    public Task DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("MODELPLANE_KEEP_TEST_OUTPUT") != "1")
        {
            Directory.Delete(WorkFolder, recursive: true);
        }

        return Task.CompletedTask;
    }

    /// <summary>Installs the pack into one more private hive, for tests that run dotnet new in parallel.</summary>
    public async Task<string> CreateHiveAsync()
    {
        var hive = Path.Combine(WorkFolder, $"hive-{Interlocked.Increment(ref hives)}");
        await InstallAsync(hive);
        return hive;
    }

    /// <summary>Runs <c>dotnet new</c> against a private hive (by default <see cref="HiveFolder"/>).</summary>
    public Task<ProcessResult> NewAsync(params string[] arguments) => NewAsync(HiveFolder, arguments);

    /// <summary>Creates a project from the template in a fresh folder and returns that folder.</summary>
    public Task<string> InstantiateAsync(string projectName, params string[] options) =>
        InstantiateInHiveAsync(HiveFolder, projectName, options);

    /// <summary>Creates a project from the template installed in <paramref name="hive"/> and returns its folder.</summary>
    public async Task<string> InstantiateInHiveAsync(string hive, string projectName, params string[] options)
    {
        var output = Path.Combine(WorkFolder, "out", $"{Interlocked.Increment(ref instantiations):D3}", projectName);
        (await NewAsync(hive, [ShortName, "-o", output, "--no-restore", .. options])).EnsureSuccess();
        return output;
    }

    private Task<ProcessResult> NewAsync(string hive, string[] arguments) =>
        Dotnet.RunAsync(WorkFolder, ["new", .. arguments, "--debug:custom-hive", hive], timeout: TimeSpan.FromMinutes(2));

    private async Task InstallAsync(string hive) =>
        (await Dotnet.RunAsync(WorkFolder, ["new", "install", PackagePath, "--debug:custom-hive", hive])).EnsureSuccess();
}

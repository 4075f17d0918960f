namespace Modelplane.Cli.Tests.Infrastructure;

/// <summary>
/// The template pack (.nupkg), packed from templates/Modelplane.Templates.csproj at most once per test
/// run and shared by every fixture that installs it: packing builds the five bundled Modelplane
/// packages, the slowest step of the suite. Set MODELPLANE_TEST_TEMPLATE_PACK to an already packed
/// .nupkg to skip it.
/// </summary>
internal static class TemplatePackage
{
    /// <summary>The short name of the template the pack installs.</summary>
    public const string ShortName = "e2e-batch";

    private static readonly TemporaryFolder PackFolder = CreatePackFolder();
    private static readonly Lazy<Task<string>> Packed = new(PackAsync);

    /// <summary>The packed template pack; the first caller packs it, later callers wait for that.</summary>
    public static Task<string> PathAsync() => Packed.Value;

    /// <summary>The folder holding TemplatePack.sln, found above the test assembly.</summary>
    public static string RepositoryRoot()
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

    private static TemporaryFolder CreatePackFolder()
    {
        var folder = new TemporaryFolder();
        // No fixture owns the shared pack, so it goes when the test process ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        return folder;
    }

    private static async Task<string> PackAsync()
    {
        if (Environment.GetEnvironmentVariable("MODELPLANE_TEST_TEMPLATE_PACK") is { Length: > 0 } given)
        {
            return given;
        }

        var root = RepositoryRoot();
        // Debug, not Release: template-tests packs Release at the same time in CI, and the two must
        // not write the same intermediate folders.
        (await ProcessRunner.RunAsync("dotnet", ["pack", Path.Combine(root, "templates", "Modelplane.Templates.csproj"), "-c", "Debug", "-o", PackFolder.Path], root, timeout: TimeSpan.FromMinutes(10)))
            .ExpectExit(0);
        return Directory.GetFiles(PackFolder.Path, "Modelplane.Templates.*.nupkg").Single();
    }

    /// <summary>Installs the pack into the private template hive <paramref name="hiveFolder"/>.</summary>
    public static async Task InstallAsync(string hiveFolder, string workingDirectory) =>
        (await ProcessRunner.RunAsync("dotnet", ["new", "install", await PathAsync(), "--debug:custom-hive", hiveFolder], workingDirectory, timeout: TimeSpan.FromMinutes(2)))
            .ExpectExit(0);
}

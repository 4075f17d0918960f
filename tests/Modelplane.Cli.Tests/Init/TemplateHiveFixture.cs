using System.Text.Json;
using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Init;

/// <summary>
/// The template pack, packed from templates/Modelplane.Templates.csproj and installed into a private
/// template hive (as template-tests/ does), shared by the init tests. Packing builds the bundled
/// Modelplane packages; set MODELPLANE_TEST_TEMPLATE_PACK to an already packed .nupkg to skip that.
/// </summary>
public sealed class TemplateHiveFixture : IAsyncLifetime
{
    public const string ShortName = "e2e-batch";

    private readonly TemporaryFolder _work = new();

    public string HiveFolder => Path.Combine(_work.Path, "hive");

    public string WorkFolder => _work.Path;

    /// <summary>templates/e2e-batch/.template.config/template.json, to compare defaults and choices with.</summary>
    public JsonElement TemplateJson { get; private set; }

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot();
        using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "templates", "e2e-batch", ".template.config", "template.json"))))
        {
            TemplateJson = document.RootElement.Clone();
        }

        var package = Environment.GetEnvironmentVariable("MODELPLANE_TEST_TEMPLATE_PACK");
        if (string.IsNullOrEmpty(package))
        {
            var packFolder = Path.Combine(_work.Path, "pack");
            // Debug, not Release: template-tests packs Release at the same time in CI, and the two must
            // not write the same intermediate folders.
            (await ProcessRunner.RunAsync("dotnet", ["pack", Path.Combine(root, "templates", "Modelplane.Templates.csproj"), "-c", "Debug", "-o", packFolder], root, timeout: TimeSpan.FromMinutes(10)))
                .ExpectExit(0);
            package = Directory.GetFiles(packFolder, "Modelplane.Templates.*.nupkg").Single();
        }

        (await ProcessRunner.RunAsync("dotnet", ["new", "install", package, "--debug:custom-hive", HiveFolder], _work.Path, timeout: TimeSpan.FromMinutes(2)))
            .ExpectExit(0);
    }

    public Task DisposeAsync()
    {
        _work.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The default of template symbol <paramref name="symbol"/>, as template.json gives it.</summary>
    public string DefaultOf(string symbol) => TemplateJson.GetProperty("symbols").GetProperty(symbol).GetProperty("defaultValue").GetString()!;

    /// <summary>The choices of a choice symbol, in template order.</summary>
    public IReadOnlyList<string> ChoicesOf(string symbol) =>
        TemplateJson.GetProperty("symbols").GetProperty(symbol).GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("choice").GetString()!).ToList();

    private static string RepositoryRoot()
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

using System.Text.Json;
using Modelplane.Cli.Tests.Infrastructure;

namespace Modelplane.Cli.Tests.Init;

/// <summary>
/// The template pack (<see cref="TemplatePackage"/>) installed into a private template hive (as
/// template-tests/ does), shared by the init tests.
/// </summary>
public sealed class TemplateHiveFixture : IAsyncLifetime
{
    public const string ShortName = TemplatePackage.ShortName;

    private readonly TemporaryFolder _work = new();

    public string HiveFolder => Path.Combine(_work.Path, "hive");

    public string WorkFolder => _work.Path;

    /// <summary>templates/e2e-batch/.template.config/template.json, to compare defaults and choices with.</summary>
    public JsonElement TemplateJson { get; private set; }

    public async Task InitializeAsync()
    {
        var root = TemplatePackage.RepositoryRoot();
        using (var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(root, "templates", "e2e-batch", ".template.config", "template.json"))))
        {
            TemplateJson = document.RootElement.Clone();
        }

        await TemplatePackage.InstallAsync(HiveFolder, _work.Path);
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
}

using System.Text.Json;
using System.Xml.Linq;
using Modelplane.Templates.Tests.Infrastructure;

namespace Modelplane.Templates.Tests;

/// <summary>
/// The generated project pins its packages itself (it owns its Directory.Packages.props); those pins must
/// agree with the repository's, or the generated project would build against other versions than the
/// bundled Modelplane packages were built and tested with.
/// </summary>
public sealed class PackageVersionTests
{
    private static readonly string RepositoryVersion =
        XDocument.Load(Path.Combine(RepositoryLayout.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    [Fact]
    public void Template_pins_agree_with_the_repository_pins()
    {
        var repository = Pins(Path.Combine(RepositoryLayout.Root, "Directory.Packages.props"));
        var template = Pins(Path.Combine(RepositoryLayout.TemplateFolder, "Directory.Packages.props"));

        var disagreements = template
            .Where(pin => repository.TryGetValue(pin.Key, out var version) && version != pin.Value)
            .Select(pin => $"{pin.Key}: template {pin.Value}, repository {repository[pin.Key]}")
            .ToList();

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    [Fact]
    public void Template_pins_the_Modelplane_version_this_repository_packs()
    {
        var template = Pins(Path.Combine(RepositoryLayout.TemplateFolder, "Directory.Packages.props"));

        var modelplane = template.Where(pin => pin.Key.StartsWith("Modelplane", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(modelplane);
        Assert.All(modelplane, pin => Assert.Equal(RepositoryVersion, pin.Value));
    }

    [Fact]
    public void The_tool_manifest_registers_the_bundled_modelplane_tool()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryLayout.TemplateFolder, ".config", "dotnet-tools.json")));

        var tool = manifest.RootElement.GetProperty("tools").GetProperty("modelplane.cli");
        Assert.Equal(RepositoryVersion, tool.GetProperty("version").GetString());
        Assert.Equal(["modelplane"], tool.GetProperty("commands").EnumerateArray().Select(command => command.GetString()));
    }

    private static Dictionary<string, string> Pins(string path) =>
        XDocument.Load(path).Descendants("PackageVersion")
            .ToDictionary(pin => (string)pin.Attribute("Include")!, pin => (string)pin.Attribute("Version")!);
}

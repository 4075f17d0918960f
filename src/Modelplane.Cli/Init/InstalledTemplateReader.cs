using System.Text.Json;
using Modelplane.Cli.Hosting;

namespace Modelplane.Cli.Init;

/// <summary>
/// Reads a template's options from the template engine's own cache of installed templates, so the
/// questions always match the template that <c>dotnet new</c> will run.
/// </summary>
/// <remarks>
/// Why the cache and not <c>dotnet new TEMPLATE --help</c>: the help text is wrapped to the console
/// width and leaves out display names, so parsing it breaks on long descriptions. The cache
/// (<c>&lt;hive&gt;/dotnetcli/&lt;sdk&gt;/templatecache.json</c>) is the structured form the engine itself
/// reads: each parameter's type, default, choices with display names, and the host file's long option
/// names. <c>dotnet new TEMPLATE --help</c> is still run first: it fails clearly when the template is
/// not installed, and it brings the cache up to date.
/// </remarks>
internal static class InstalledTemplateReader
{
    // Parameters every template has, handled by dotnet new itself or by `init`'s own options.
    private static readonly HashSet<string> NotAsked = new(StringComparer.Ordinal) { "name", "language", "type", "framework", "skipRestore" };

    public static async Task<IReadOnlyList<TemplateOption>> ReadAsync(string shortName, string? hive, CliContext context, CancellationToken cancellationToken)
    {
        // Also brings the engine's cache up to date. It exits 0 even for an unknown template, so
        // whether the template is installed is decided from the cache below.
        var help = await DotnetNew.RunAsync([shortName, "--help"], hive, context.WorkingDirectory, cancellationToken);
        if (help.ExitCode != 0)
        {
            throw new CliException(ExitCodes.Error, $"'dotnet new {shortName} --help' failed with exit code {help.ExitCode}:\n{help.StandardOutput}{help.StandardError}".TrimEnd());
        }

        var cache = FindCache(hive, context);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(cache, cancellationToken));
        var template = document.RootElement.GetProperty("TemplateInfo").EnumerateArray()
            .FirstOrDefault(t => t.GetProperty("ShortNameList").EnumerateArray().Any(n => n.GetString() == shortName));
        if (template.ValueKind != JsonValueKind.Object)
        {
            throw new CliException(
                ExitCodes.NotFound,
                $"The template '{shortName}' is not installed{(hive is null ? "" : $" in the template hive '{hive}'")}. " +
                "Install the Modelplane templates first: dotnet new install Modelplane.Templates" + (hive is null ? "" : $" --debug:custom-hive {hive}"));
        }

        var host = HostSymbols(template);
        return template.GetProperty("Parameters").EnumerateArray()
            .Where(p => p.GetProperty("Type").GetString() == "parameter")
            .Select(p => ToOption(p, host))
            .Where(o => o is not null && !NotAsked.Contains(o.Name))
            .Select(o => o!)
            .ToList();
    }

    private static string FindCache(string? hive, CliContext context)
    {
        var root = hive is not null
            ? context.FullPath(hive)
            : Path.Combine(
                context.GetEnvironmentVariable("DOTNET_CLI_HOME") is { Length: > 0 } cliHome ? cliHome : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
                ".templateengine");
        var hostFolder = Path.Combine(root, "dotnetcli");
        // One folder per SDK version; the one `dotnet new --help` just wrote is the newest.
        var cache = Directory.Exists(hostFolder)
            ? new DirectoryInfo(hostFolder).GetFiles("templatecache.json", SearchOption.AllDirectories).MaxBy(f => f.LastWriteTimeUtc)
            : null;
        return cache?.FullName ?? throw new CliException(
            ExitCodes.Error,
            $"Cannot read the template options: there is no template cache (templatecache.json) under '{hostFolder}'. Run 'dotnet new list' once, then try again.");
    }

    private static Dictionary<string, JsonElement> HostSymbols(JsonElement template)
    {
        if (!template.TryGetProperty("HostData", out var hostData) || hostData.ValueKind != JsonValueKind.String)
        {
            return [];
        }

        using var host = JsonDocument.Parse(hostData.GetString()!);
        return host.RootElement.TryGetProperty("symbolInfo", out var symbols)
            ? symbols.EnumerateObject().ToDictionary(s => s.Name, s => s.Value.Clone())
            : [];
    }

    private static TemplateOption? ToOption(JsonElement parameter, Dictionary<string, JsonElement> host)
    {
        var name = parameter.GetProperty("Name").GetString()!;
        var symbol = host.GetValueOrDefault(name);
        if (symbol.ValueKind == JsonValueKind.Object && symbol.TryGetProperty("isHidden", out var hidden) && hidden.ValueKind == JsonValueKind.String && hidden.GetString() == "true")
        {
            return null;
        }

        var longName = symbol.ValueKind == JsonValueKind.Object && symbol.TryGetProperty("longName", out var configured) && configured.GetString() is { Length: > 0 } l
            ? l
            : name;
        var kind = parameter.GetProperty("DataType").GetString() switch
        {
            "bool" or "boolean" => TemplateOptionKind.Bool,
            "choice" => TemplateOptionKind.Choice,
            _ => TemplateOptionKind.Text,
        };
        var choices = parameter.TryGetProperty("Choices", out var choiceObject) && choiceObject.ValueKind == JsonValueKind.Object
            ? choiceObject.EnumerateObject().Select(c => new TemplateChoice(c.Name, Text(c.Value, "DisplayName") ?? c.Name)).ToList()
            : [];
        return new TemplateOption(
            name,
            longName,
            Text(parameter, "DisplayName") ?? name,
            Text(parameter, "Description") ?? "",
            kind,
            Text(parameter, "DefaultValue") ?? (kind == TemplateOptionKind.Bool ? "false" : ""),
            choices);
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;
}

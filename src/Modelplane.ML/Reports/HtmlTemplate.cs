using Scriban;
using Scriban.Runtime;

namespace Modelplane.ML.Reports;

/// <summary>Renders the Scriban templates embedded in this assembly (<c>Reports/Templates/*.sbn-html</c>).</summary>
internal static class HtmlTemplate
{
    private static readonly Dictionary<string, Template> Cache = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    /// <summary>Renders a template with <paramref name="model"/>'s members as globals, under their C# names.</summary>
    public static string Render(string name, object model)
    {
        var template = Load(name);
        var globals = new ScriptObject();
        globals.Import(model, renamer: member => member.Name);
        var context = new TemplateContext { StrictVariables = true, MemberRenamer = member => member.Name };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private static Template Load(string name)
    {
        lock (CacheLock)
        {
            if (Cache.TryGetValue(name, out var cached))
            {
                return cached;
            }

            var resource = $"Modelplane.ML.Reports.Templates.{name}.sbn-html";
            using var stream = typeof(HtmlTemplate).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The report template '{resource}' is not embedded in Modelplane.ML.");
            using var reader = new StreamReader(stream);
            var template = Template.Parse(reader.ReadToEnd(), resource);
            if (template.HasErrors)
            {
                throw new InvalidOperationException($"The report template '{resource}' has errors: {string.Join("; ", template.Messages)}");
            }

            Cache[name] = template;
            return template;
        }
    }
}

using System.Text.Json;
using Modelplane.Cli.Output;

namespace Modelplane.Cli.Init;

/// <summary>The answers <c>modelplane init</c> used, kept in the new project (like copier's <c>.copier-answers.yml</c>).</summary>
internal static class AnswersFile
{
    public const string FileName = ".modelplane-answers.json";

    public static async Task<string> WriteAsync(string projectFolder, string template, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var path = Path.Combine(projectFolder, FileName);
        var document = new { template, answers };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, Json.Options) + Environment.NewLine, cancellationToken);
        return path;
    }
}

using System.Text.RegularExpressions;

namespace Modelplane.Templates.Tests.Approval;

/// <summary>Replaces the parts of generated text that change from run to run (year, GUIDs, temporary paths) with fixed markers.</summary>
internal sealed partial class SnapshotScrubber(string outputFolder)
{
    public string Scrub(string text)
    {
        text = text.Replace("\r\n", "\n");
        text = text.Replace(outputFolder, "{output}");
        text = text.Replace(Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar), "{temp}");
        text = Guid().Replace(text, "{guid}");
        // dotnet new's `now` generator uses local time; scrub both in case a run straddles New Year.
        foreach (var year in new[] { DateTime.Now.Year, DateTime.UtcNow.Year }.Distinct())
        {
            text = Regex.Replace(text, $@"\b{year}\b", "{year}");
        }

        return text;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}

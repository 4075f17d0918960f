using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Modelplane.Templates.Tests.Approval;

/// <summary>Renders the difference of two texts as a unified diff with three lines of context.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Render(string approvedName, string approved, string actualName, string actual)
    {
        var lines = InlineDiffBuilder.Diff(approved, actual, ignoreWhiteSpace: false).Lines;
        var changed = lines.Select((line, index) => (line, index)).Where(item => item.line.Type != ChangeType.Unchanged).Select(item => item.index).ToList();
        var output = new StringBuilder().AppendLine($"--- {approvedName}").AppendLine($"+++ {actualName}");
        var hunkEnd = -1;
        foreach (var index in changed)
        {
            if (index <= hunkEnd)
            {
                continue;
            }

            var start = Math.Max(0, index - Context);
            // Extend the hunk while the next change is within twice the context.
            var end = index;
            foreach (var next in changed.Where(next => next > index))
            {
                if (next - end > 2 * Context)
                {
                    break;
                }

                end = next;
            }

            hunkEnd = Math.Min(lines.Count - 1, end + Context);
            var oldLine = 1 + lines.Take(start).Count(line => line.Type != ChangeType.Inserted);
            var newLine = 1 + lines.Take(start).Count(line => line.Type != ChangeType.Deleted);
            output.AppendLine($"@@ -{oldLine} +{newLine} @@");
            for (var i = start; i <= hunkEnd; i++)
            {
                var prefix = lines[i].Type switch
                {
                    ChangeType.Inserted => '+',
                    ChangeType.Deleted => '-',
                    _ => ' ',
                };
                output.Append(prefix).AppendLine(lines[i].Text);
            }
        }

        return output.ToString();
    }
}

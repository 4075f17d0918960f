namespace Modelplane.ML.Reports;

/// <summary>The inline stylesheet shared by the HTML reports (no external fonts or files).</summary>
internal static class ReportStyles
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
        h3 { font-size: 1.05em; margin: 1.4em 0 0.4em; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; font-size: 0.92em; }
        th, td { border: 1px solid #ddd; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .muted { color: #666; }
        .badge { display: inline-block; padding: 0.1em 0.6em; border-radius: 0.8em; font-size: 0.85em; font-weight: 600; }
        .ok { background: #e3f4e5; color: #1e6b2b; }
        .bad { background: #fde5e4; color: #a1261f; }
        .column { border: 1px solid #e4e4e4; border-radius: 6px; padding: 0.4em 1em 1em; margin: 1em 0; }
        .row { display: flex; flex-wrap: wrap; gap: 1.5em; align-items: flex-start; }
        """;
}

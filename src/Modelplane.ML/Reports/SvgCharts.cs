using System.Globalization;
using System.Net;
using System.Text;
using Modelplane.ML.Drift;
using Modelplane.ML.Evaluation;

namespace Modelplane.ML.Reports;

/// <summary>
/// Small inline SVG charts for the HTML reports. No namespace URI is written: HTML parsers put
/// inline <c>svg</c> in the SVG namespace themselves, and the pages stay free of any URL.
/// </summary>
internal static class SvgCharts
{
    private const string ReferenceColour = "#4c78a8";
    private const string CurrentColour = "#f58518";

    /// <summary>Reference and current shares side by side per bin or category.</summary>
    public static string Distribution(DistributionChart chart)
    {
        const int width = 560, height = 240, left = 44, right = 10, top = 24, bottom = 74;
        var svg = Open(width, height, "Reference and current distributions");
        var count = chart.Labels.Count;
        if (count == 0)
        {
            return svg.Append(Text(width / 2, height / 2, "no values", "middle")).Append("</svg>").ToString();
        }

        var max = Math.Max(chart.Reference.Concat(chart.Current).DefaultIfEmpty(0).Max(), 1e-9);
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var slot = (double)plotWidth / count;
        Axes(svg, left, top, plotWidth, plotHeight, max);
        for (var i = 0; i < count; i++)
        {
            var x = left + i * slot;
            Bar(svg, x + slot * 0.1, top, plotHeight, slot * 0.4, chart.Reference[i] / max, ReferenceColour, $"{chart.Labels[i]}: reference {Percent(chart.Reference[i])}");
            Bar(svg, x + slot * 0.5, top, plotHeight, slot * 0.4, chart.Current[i] / max, CurrentColour, $"{chart.Labels[i]}: current {Percent(chart.Current[i])}");
            var labelX = x + slot / 2;
            var labelY = top + plotHeight + 12;
            svg.Append($"<text x=\"{F(labelX)}\" y=\"{F(labelY)}\" font-size=\"9\" text-anchor=\"end\" transform=\"rotate(-35 {F(labelX)} {F(labelY)})\">{Escape(Truncate(chart.Labels[i], 24))}</text>");
        }

        Legend(svg, left, 14, ("reference", ReferenceColour), ("current", CurrentColour));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The ROC curve with the diagonal of a random guess.</summary>
    public static string Roc(IReadOnlyList<RocPoint> points, double auc)
    {
        const int size = 300, margin = 40;
        var plot = size - 2 * margin;
        var svg = Open(size, size, "ROC curve");
        svg.Append($"<rect x=\"{margin}\" y=\"{margin}\" width=\"{plot}\" height=\"{plot}\" fill=\"none\" stroke=\"#999\" />");
        svg.Append($"<line x1=\"{margin}\" y1=\"{margin + plot}\" x2=\"{margin + plot}\" y2=\"{margin}\" stroke=\"#bbb\" stroke-dasharray=\"4 4\" />");
        var path = string.Join(" ", points.Select(p => $"{F(margin + p.FalsePositiveRate * plot)},{F(margin + plot - p.TruePositiveRate * plot)}"));
        svg.Append($"<polyline points=\"{path}\" fill=\"none\" stroke=\"{ReferenceColour}\" stroke-width=\"2\" />");
        svg.Append(Text(size / 2, size - 8, "false positive rate", "middle"));
        svg.Append($"<text x=\"12\" y=\"{size / 2}\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90 12 {size / 2})\">true positive rate</text>");
        svg.Append(Text(margin + plot - 4, margin + plot - 8, $"AUC {auc.ToString("0.000", CultureInfo.InvariantCulture)}", "end"));
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per name, for feature importance.</summary>
    public static string HorizontalBars(IReadOnlyList<(string Name, double Value)> bars, string title)
    {
        const int width = 560, rowHeight = 18, left = 190, right = 60;
        var height = Math.Max(bars.Count, 1) * rowHeight + 30;
        var svg = Open(width, height, title);
        var max = Math.Max(bars.Select(b => Math.Abs(b.Value)).DefaultIfEmpty(0).Max(), 1e-12);
        var plot = width - left - right;
        for (var i = 0; i < bars.Count; i++)
        {
            var y = 10 + i * rowHeight;
            var length = Math.Max(0, bars[i].Value) / max * plot;
            svg.Append($"<text x=\"{left - 6}\" y=\"{y + 12}\" font-size=\"11\" text-anchor=\"end\">{Escape(Truncate(bars[i].Name, 30))}</text>");
            svg.Append($"<rect x=\"{left}\" y=\"{y + 2}\" width=\"{F(length)}\" height=\"{rowHeight - 5}\" fill=\"{ReferenceColour}\"><title>{Escape(bars[i].Name)}: {bars[i].Value.ToString("0.####", CultureInfo.InvariantCulture)}</title></rect>");
            svg.Append(Text(left + length + 4, y + 12, bars[i].Value.ToString("0.####", CultureInfo.InvariantCulture), "start"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(int width, int height, string label) =>
        new StringBuilder().Append($"<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{Escape(label)}\" font-family=\"sans-serif\">");

    private static void Axes(StringBuilder svg, int left, int top, int width, int height, double max)
    {
        svg.Append($"<line x1=\"{left}\" y1=\"{top + height}\" x2=\"{left + width}\" y2=\"{top + height}\" stroke=\"#999\" />");
        svg.Append($"<line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{top + height}\" stroke=\"#999\" />");
        for (var tick = 0; tick <= 4; tick++)
        {
            var y = top + height - tick / 4.0 * height;
            svg.Append(Text(left - 4, y + 3, Percent(max * tick / 4), "end"));
        }
    }

    private static void Bar(StringBuilder svg, double x, int top, int plotHeight, double width, double fraction, string colour, string tooltip)
    {
        var height = fraction * plotHeight;
        svg.Append($"<rect x=\"{F(x)}\" y=\"{F(top + plotHeight - height)}\" width=\"{F(width)}\" height=\"{F(height)}\" fill=\"{colour}\"><title>{Escape(tooltip)}</title></rect>");
    }

    private static void Legend(StringBuilder svg, int x, int y, params (string Label, string Colour)[] items)
    {
        foreach (var (label, colour) in items)
        {
            svg.Append($"<rect x=\"{x}\" y=\"{y - 9}\" width=\"10\" height=\"10\" fill=\"{colour}\" />");
            svg.Append(Text(x + 14, y, label, "start"));
            x += 90;
        }
    }

    private static string Text(double x, double y, string text, string anchor) =>
        $"<text x=\"{F(x)}\" y=\"{F(y)}\" font-size=\"10\" text-anchor=\"{anchor}\">{Escape(text)}</text>";

    private static string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Escape(string text) => WebUtility.HtmlEncode(text);
}

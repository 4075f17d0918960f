using System.Globalization;
using Modelplane.ML.Drift;

namespace Modelplane.ML.Reports;

/// <summary>Turns a <see cref="DriftReport"/> into the values its HTML template shows.</summary>
internal static class DriftReportPage
{
    public static string Render(DriftReport report) => HtmlTemplate.Render("drift-report", new
    {
        Css = ReportStyles.Css,
        report.DatasetDrift,
        report.DriftedColumns,
        ColumnCount = report.Columns.Count,
        DriftedShare = Percent(report.DriftedShare),
        Threshold = Percent(report.DriftShareThreshold),
        report.ReferenceRows,
        report.CurrentRows,
        MissingPassed = report.MissingValues.Passed,
        MissingMessage = report.MissingValues.Message,
        Columns = report.Columns.Select(c => new
        {
            Name = c.Column,
            c.Kind,
            Method = c.Method.ToString(),
            ScoreKind = c.ScoreIsPValue ? "p-value" : "distance",
            Score = c.Score is { } s ? Number(s) : "n/a",
            Threshold = Number(c.Threshold),
            c.Drifted,
            Note = c.Note ?? "",
            Chart = SvgCharts.Distribution(c.Chart),
            Statistics = Statistics(c.Reference, c.Current),
        }).ToList(),
    });

    private static List<object> Statistics(ColumnSummary reference, ColumnSummary current)
    {
        var rows = new List<object>
        {
            Row("rows", reference.Rows, current.Rows),
            Row("missing", reference.Missing, current.Missing),
            Row("missing share", Percent(reference.MissingShare), Percent(current.MissingShare)),
            Row("distinct", reference.Distinct, current.Distinct),
        };
        if (reference.Mean is not null || current.Mean is not null)
        {
            rows.Add(Row("min", Number(reference.Min), Number(current.Min)));
            rows.Add(Row("25%", Number(reference.Q25), Number(current.Q25)));
            rows.Add(Row("median", Number(reference.Q50), Number(current.Q50)));
            rows.Add(Row("75%", Number(reference.Q75), Number(current.Q75)));
            rows.Add(Row("max", Number(reference.Max), Number(current.Max)));
            rows.Add(Row("mean", Number(reference.Mean), Number(current.Mean)));
            rows.Add(Row("std", Number(reference.StdDev), Number(current.StdDev)));
        }
        else
        {
            rows.Add(Row("most frequent", $"{reference.MostFrequent} ({reference.MostFrequentCount})", $"{current.MostFrequent} ({current.MostFrequentCount})"));
        }

        return rows;
    }

    private static object Row(string name, object reference, object current) => new { Name = name, Reference = reference.ToString() ?? "", Current = current.ToString() ?? "" };

    private static string Number(double? value) => value is { } v ? v.ToString("G6", CultureInfo.InvariantCulture) : "–";

    private static string Percent(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using Modelplane.ML.Data;
using Modelplane.ML.Drift;
using Modelplane.ML.Splitting;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Drift;

public sealed class DriftReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Two_halves_of_the_same_data_do_not_drift_and_each_small_numeric_column_gets_KS()
    {
        var split = StratifiedSplit.Split(BreastCancer.Dataset.Data, "target", 0.3, seed: 5);

        var report = DriftReport.Build(split.Train, split.Test, new DriftOptions { IgnoredColumns = ["target"] });

        Assert.Equal(30, report.Columns.Count);
        Assert.All(report.Columns, c => Assert.Equal(DriftMethod.KolmogorovSmirnov, c.Method));
        Assert.False(report.DatasetDrift);
        Assert.True(report.DriftedShare < 0.2);
        Assert.True(report.MissingValues.Passed);
        Assert.Equal(398, report.ReferenceRows);
        Assert.Equal(171, report.CurrentRows);
    }

    [Fact]
    public void A_shifted_column_drifts_and_the_share_decides_dataset_drift()
    {
        var reference = Load("reference.csv", 200, (i, r) => $"{F(r.NextDouble())},{F(r.NextDouble())}");
        var current = Load("current.csv", 150, (i, r) => $"{F(r.NextDouble() + 0.5)},{F(r.NextDouble())}");

        var report = DriftReport.Build(reference, current);

        var a = report.Columns.Single(c => c.Column == "a");
        Assert.True(a.Drifted);
        Assert.True(a.Score < 1e-10);
        Assert.False(report.Columns.Single(c => c.Column == "b").Drifted);
        Assert.Equal(0.5, report.DriftedShare);
        Assert.True(report.DatasetDrift);
    }

    [Fact]
    public void Tests_follow_Evidently_defaults_by_size_and_type_and_PSI_can_be_requested()
    {
        var big = Load("big.csv", 1500, (i, r) => $"{F(r.NextDouble())},{i % 4}", header: "x,k");
        var small = Load("small.csv", 300, (i, r) => $"{F(r.NextDouble())},{i % 4}", header: "x,k");
        var binary = Load("binary.csv", 300, (i, r) => $"{(i % 3 == 0 ? "yes" : "no")},{new[] { "red", "green", "blue" }[i % 3]}", header: "flag,colour");

        var large = DriftReport.Build(big, big);
        var few = DriftReport.Build(small, small);
        var categories = DriftReport.Build(binary, binary);
        var psi = DriftReport.Build(small, small, new DriftOptions { Method = DriftMethod.Psi });

        Assert.Equal(DriftMethod.Wasserstein, large.Columns.Single(c => c.Column == "x").Method);
        Assert.Equal(DriftMethod.JensenShannon, large.Columns.Single(c => c.Column == "k").Method);
        Assert.Equal(DriftMethod.ChiSquare, few.Columns.Single(c => c.Column == "k").Method);
        Assert.Equal(DriftMethod.ZTest, categories.Columns.Single(c => c.Column == "flag").Method);
        Assert.Equal(DriftMethod.ChiSquare, categories.Columns.Single(c => c.Column == "colour").Method);
        Assert.All(psi.Columns, c => Assert.Equal((DriftMethod.Psi, 0.0), (c.Method, c.Score!.Value)));
    }

    [Fact]
    public void Summaries_report_missing_values_and_pandas_style_statistics()
    {
        var data = Load("summary.csv", 0, null, body: "x,c\n1,a\n2,a\n3,b\n4,\n,b\n");

        var report = DriftReport.Build(data, data);

        var x = report.Columns.Single(c => c.Column == "x").Reference;
        Assert.Equal((5L, 1L, 0.2, 4L), (x.Rows, x.Missing, x.MissingShare, x.Distinct));
        Assert.Equal((1.0, 4.0, 2.5), (x.Min!.Value, x.Max!.Value, x.Mean!.Value));
        Assert.Equal(Math.Sqrt(5.0 / 3), x.StdDev!.Value, 12);
        Assert.Equal((1.75, 2.5, 3.25), (x.Q25!.Value, x.Q50!.Value, x.Q75!.Value));
        var c = report.Columns.Single(col => col.Column == "c").Reference;
        Assert.Equal((1L, 2L), (c.Missing, c.Distinct));
        Assert.Null(c.Mean);
    }

    [Fact]
    public void Statistics_show_the_numbers_written_in_the_file_not_their_float_approximations()
    {
        var data = BreastCancer.Dataset.Data;

        var radius = DriftReport.Build(data, data).Columns.Single(c => c.Column == "mean_radius").Reference;

        Assert.Equal(6.981, radius.Min);
        Assert.Equal(28.11, radius.Max);
    }

    [Fact]
    public void Category_charts_show_the_ten_most_frequent_values_and_gather_the_rest()
    {
        // c0..c9 ten rows each, then six rarer values x0..x5 with five rows each.
        var data = Load("many.csv", 130, (i, r) => i < 100 ? $"{i},c{i / 10}" : $"{i},x{i % 6}");

        var chart = DriftReport.Build(data, data).Columns.Single(c => c.Column == "b").Chart;

        Assert.Equal(11, chart.Labels.Count);
        Assert.Equal("(other)", chart.Labels[^1]);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"c{i}"), chart.Labels.Take(10));
        Assert.Equal(30.0 / 130, chart.Reference[^1], 12);
        Assert.Equal(1, chart.Current.Sum(), 12);
    }

    [Fact]
    public void The_missing_value_gate_fails_on_a_large_relative_change_and_passes_a_small_one()
    {
        var reference = Load("ref.csv", 100, (i, r) => i % 10 == 0 ? "," : $"{i},{i}");
        var similar = Load("similar.csv", 200, (i, r) => i % 10 == 0 ? "," : $"{i},{i}");
        var worse = Load("worse.csv", 100, (i, r) => i % 4 == 0 ? "," : $"{i},{i}");

        var passing = DriftReport.Build(reference, similar);
        var failing = DriftReport.Build(reference, worse);

        Assert.True(passing.MissingValues.Passed);
        Assert.Equal(0, passing.MissingValues.RelativeChange!.Value, 12);
        Assert.False(failing.MissingValues.Passed);
        Assert.Equal(1.5, failing.MissingValues.RelativeChange!.Value, 12);
        var error = Assert.Throws<DataQualityException>(failing.EnforceMissingValueGate);
        Assert.Contains("differs from the reference", error.Message);
        Assert.Contains("MissingValueTolerance", error.Message);
        passing.EnforceMissingValueGate();
    }

    [Fact]
    public void Without_missing_values_in_the_reference_the_current_share_is_bounded_absolutely()
    {
        var clean = Load("clean.csv", 100, (i, r) => $"{i},{i}");
        var fewMissing = Load("few.csv", 100, (i, r) => i == 0 ? $",{i}" : $"{i},{i}");
        var manyMissing = Load("many.csv", 100, (i, r) => i % 5 == 0 ? $",{i}" : $"{i},{i}");

        Assert.True(DriftReport.Build(clean, fewMissing).MissingValues.Passed);
        var failing = DriftReport.Build(clean, manyMissing).MissingValues;
        Assert.False(failing.Passed);
        Assert.Null(failing.RelativeChange);
        Assert.Contains("reference had none", failing.Message);
    }

    [Fact]
    public void Current_data_without_a_reference_column_is_an_error_naming_it()
    {
        var reference = Load("two.csv", 10, (i, r) => $"{i},{i}");
        var current = Load("one.csv", 10, (i, r) => $"{i}", header: "a");

        var error = Assert.Throws<DataValidationException>(() => DriftReport.Build(reference, current));

        Assert.Contains("'b'", error.Message);
    }

    [Fact]
    public void The_report_serialises_to_json_with_every_column()
    {
        var split = StratifiedSplit.Split(BreastCancer.Dataset.Data, "target", 0.3, seed: 5);
        var report = DriftReport.Build(split.Train, split.Test, new DriftOptions { IgnoredColumns = ["target"] });

        using var json = JsonDocument.Parse(report.ToJson());

        Assert.Equal(30, json.RootElement.GetProperty("columns").GetArrayLength());
        Assert.False(json.RootElement.GetProperty("dataset_drift").GetBoolean());
        Assert.Equal("KolmogorovSmirnov", json.RootElement.GetProperty("columns")[0].GetProperty("method").GetString());
        Assert.True(json.RootElement.GetProperty("missing_values").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void The_html_report_is_well_formed_self_contained_and_escapes_names()
    {
        var data = Load("odd.csv", 0, null, body: "\"a<b & c\",kind\n1,x\n2,y\n3,\"<script>\"\n4,x\n");

        var html = DriftReport.Build(data, data).ToHtml();

        var document = Html.AssertWellFormedAndSelfContained(html);
        Assert.Contains("a&lt;b &amp; c", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(2, document.Descendants("svg").Count());
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private Microsoft.ML.IDataView Load(string name, int rows, Func<int, Random, string>? row, string header = "a,b", string? body = null)
    {
        if (body is null)
        {
            var random = new Random(rows + name.Length);
            var text = new StringBuilder(header).Append('\n');
            for (var i = 0; i < rows; i++)
            {
                text.Append(row!(i, random)).Append('\n');
            }

            body = text.ToString();
        }

        return TabularData.LoadCsv(_temp.WriteCsv(name, body)).Data;
    }
}

using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Data;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Data;

public sealed class TabularDataTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Breast_cancer_loads_with_30_numeric_features_and_a_boolean_label()
    {
        var data = BreastCancer.Dataset;

        Assert.Equal(569, data.RowCount);
        Assert.Equal(30, data.Schema.Columns.Count);
        Assert.All(data.Schema.Columns, c => Assert.Equal(ColumnKind.Numeric, c.Kind));
        Assert.Equal(new BinaryLabel("target", "1", "0"), data.Schema.Label);
        Assert.Equal(BooleanDataViewType.Instance, data.Data.Schema["target"].Type);
        Assert.Equal(357, Read<bool>(data.Data, "target").Count(b => b));
    }

    [Fact]
    public void Quoted_fields_keep_separators_quotes_and_line_breaks()
    {
        var path = _temp.WriteCsv("quoted.csv", "x,city,y\n1,\"Paris, France\",a\n2,\"say \"\"hi\"\"\",b\n3,\"two\nlines\",a\n");

        var data = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" });

        Assert.Equal(["Paris, France", "say \"hi\"", "two\nlines"], Read<ReadOnlyMemory<char>>(data.Data, "city").Select(t => t.ToString()));
        Assert.Equal(ColumnKind.Text, data.Schema.Columns.Single(c => c.Name == "city").Kind);
    }

    [Fact]
    public void Windows_line_endings_and_a_last_line_without_newline_are_read()
    {
        var path = _temp.File("crlf.csv");
        File.WriteAllText(path, "x,name,y\r\n1,a,yes\r\n2,\"b\r\nc\",no\r\n3,d,yes");

        var data = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" });

        Assert.Equal([1f, 2f, 3f], Read<float>(data.Data, "x"));
        Assert.Equal(["a", "b\r\nc", "d"], Read<ReadOnlyMemory<char>>(data.Data, "name").Select(t => t.ToString()));
    }

    [Fact]
    public void Missing_cells_become_NaN_for_numbers_and_empty_for_text()
    {
        var path = _temp.WriteCsv("missing.csv", "x,colour,y\n1.5,red,yes\n,NA,no\nNaN,,yes\n2,blue,no\n");

        var data = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" });

        var x = Read<float>(data.Data, "x");
        Assert.Equal(1.5f, x[0]);
        Assert.True(float.IsNaN(x[1]));
        Assert.True(float.IsNaN(x[2]));
        Assert.Equal(["red", "", "", "blue"], Read<ReadOnlyMemory<char>>(data.Data, "colour").Select(t => t.ToString()));
        Assert.Equal(ColumnKind.Numeric, data.Schema.Columns.Single(c => c.Name == "x").Kind);
    }

    [Theory]
    [InlineData("true", "false", "true")]
    [InlineData("no", "yes", "yes")]
    [InlineData("B", "M", "M")]
    [InlineData("0.0", "1.0", "1.0")]
    public void Two_distinct_label_values_become_a_boolean_label_with_a_recorded_positive_class(string first, string second, string positive)
    {
        var path = _temp.WriteCsv("labels.csv", $"x,y\n1,{first}\n2,{second}\n3,{first}\n");

        var data = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" });

        Assert.Equal(positive, data.Schema.Label!.PositiveClass);
        Assert.Equal([first == positive, second == positive, first == positive], Read<bool>(data.Data, "y"));
    }

    [Fact]
    public void The_positive_class_can_be_chosen()
    {
        var path = _temp.WriteCsv("labels.csv", "x,y\n1,B\n2,M\n");

        var data = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y", PositiveClass = "B" });

        Assert.Equal(new BinaryLabel("y", "B", "M"), data.Schema.Label);
        Assert.Equal([true, false], Read<bool>(data.Data, "y"));
    }

    [Fact]
    public void Columns_declared_as_text_stay_text_and_ignored_columns_are_not_loaded()
    {
        var path = _temp.WriteCsv("kinds.csv", "id,zip,x,y\n1,01234,3,a\n2,98765,4,b\n");

        var data = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y", TextColumns = ["zip"], IgnoredColumns = ["id"] });

        Assert.Equal([new TabularColumn("zip", ColumnKind.Text), new TabularColumn("x", ColumnKind.Numeric)], data.Schema.Columns);
        Assert.Null(data.Data.Schema.GetColumnOrNull("id"));
        Assert.Equal("01234", Read<ReadOnlyMemory<char>>(data.Data, "zip")[0].ToString());
    }

    [Fact]
    public void Data_loaded_against_a_schema_without_the_label_has_no_label()
    {
        var path = _temp.WriteCsv("inference.csv", "mean_radius,extra\n1,2\n");
        var schema = new TabularSchema { Columns = [new TabularColumn("mean_radius", ColumnKind.Numeric)], Label = new BinaryLabel("target", "1", "0") };

        var data = TabularData.LoadCsv(path, schema);

        Assert.Null(data.Schema.Label);
        Assert.Null(data.Data.Schema.GetColumnOrNull("target"));
        Assert.Null(data.Data.Schema.GetColumnOrNull("extra"));
    }

    [Fact]
    public void The_schema_round_trips_through_json()
    {
        var schema = BreastCancer.Dataset.Schema;

        var copy = TabularSchema.FromJson(schema.ToJson());

        Assert.True(schema.Matches(copy));
        Assert.Equal(schema.Columns, copy.Columns);
        Assert.Equal(schema.Label, copy.Label);
    }

    [Fact]
    public void Streaming_a_csv_gives_the_same_values_as_loading_it()
    {
        var schema = BreastCancer.Dataset.Schema;

        var streamed = TabularData.StreamCsv(TestFiles.BreastCancer, schema);

        Assert.Null(streamed.GetRowCount());
        Assert.Equal(Read<float>(BreastCancer.Dataset.Data, "worst_area"), Read<float>(streamed, "worst_area"));
    }

    internal static T[] Read<T>(IDataView data, string column) => data.GetColumn<T>(column).ToArray();
}

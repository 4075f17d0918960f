using Modelplane.ML.Data;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Data;

/// <summary>Every kind of bad input fails with a message that names the file, row and column and says what to do.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = _temp.File("nope.csv");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains(path, error.Message);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void An_empty_file_asks_for_a_header()
    {
        var path = _temp.WriteCsv("empty.csv", "");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path));

        Assert.Contains("empty.csv", error.Message);
        Assert.Contains("header", error.Message);
    }

    [Fact]
    public void A_header_without_rows_is_reported()
    {
        var path = _temp.WriteCsv("header.csv", "x,y\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains("no data rows", error.Message);
    }

    [Fact]
    public void An_unknown_label_column_lists_the_available_columns()
    {
        var path = _temp.WriteCsv("data.csv", "x,z,y\n1,2,a\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "label" }));

        Assert.Contains("'label'", error.Message);
        Assert.Contains("'x', 'z', 'y'", error.Message);
        Assert.Contains("data.csv", error.Message);
        Assert.Equal("label", error.Column);
    }

    [Fact]
    public void A_label_with_three_classes_lists_the_values_seen()
    {
        var path = _temp.WriteCsv("three.csv", "x,y\n1,a\n2,b\n3,c\n4,a\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains("3 distinct value(s)", error.Message);
        Assert.Contains("'a' (2 rows)", error.Message);
        Assert.Contains("'b' (1 rows)", error.Message);
        Assert.Contains("'c' (1 rows)", error.Message);
        Assert.Contains("exactly two classes", error.Message);
        Assert.Equal("y", error.Column);
    }

    [Fact]
    public void A_label_with_one_class_is_rejected()
    {
        var path = _temp.WriteCsv("one.csv", "x,y\n1,a\n2,a\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains("1 distinct value(s): 'a' (2 rows)", error.Message);
    }

    [Fact]
    public void A_ragged_row_names_row_line_and_field_counts()
    {
        var path = _temp.WriteCsv("ragged.csv", "x,z,y\n1,2,a\n3,4\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains("Row 2 (line 3)", error.Message);
        Assert.Contains("has 2 field(s) but the header has 3", error.Message);
        Assert.Contains("ragged.csv", error.Message);
        Assert.Equal(2, error.Row);
    }

    [Fact]
    public void Text_in_a_column_declared_numeric_names_row_column_and_value()
    {
        var path = _temp.WriteCsv("declared.csv", "x,y\n1,a\n2,b\nabc,a\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y", NumericColumns = ["x"] }));

        Assert.Contains("Row 3 (line 4)", error.Message);
        Assert.Contains("column 'x'", error.Message);
        Assert.Contains("'abc' is not a number", error.Message);
        Assert.Equal("x", error.Column);
        Assert.Equal(3, error.Row);
    }

    [Fact]
    public void A_stray_word_in_a_column_of_numbers_is_reported_instead_of_reading_the_column_as_text()
    {
        var path = WriteNumbersWithAStrayWord();

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains("stray.csv", error.Message);
        Assert.Contains("Row 18 (line 19)", error.Message);
        Assert.Contains("'n/a?'", error.Message);
        Assert.Contains("text columns", error.Message);
        Assert.Equal("radius", error.Column);
        Assert.Equal(18, error.Row);
    }

    [Fact]
    public void A_column_of_numbers_with_a_stray_word_loads_as_text_when_declared_text()
    {
        var path = WriteNumbersWithAStrayWord();

        var loaded = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y", TextColumns = ["radius"] });

        Assert.Equal(ColumnKind.Text, Assert.Single(loaded.Schema.Columns).Kind);
    }

    [Fact]
    public void A_column_of_mostly_words_with_some_numbers_is_text()
    {
        var path = _temp.WriteCsv("mixed.csv", "size,y\nS,0\nM,1\nL,0\n42,1\nXL,0\n");

        var loaded = TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" });

        Assert.Equal(ColumnKind.Text, Assert.Single(loaded.Schema.Columns).Kind);
    }

    [Fact]
    public void Text_in_a_numeric_column_of_the_training_schema_is_reported_at_inference()
    {
        var path = _temp.WriteCsv("scoring.csv", "mean_radius,mean_texture\n12.5,10\n13.1,ten\n");
        var schema = new TabularSchema { Columns = [new TabularColumn("mean_radius", ColumnKind.Numeric), new TabularColumn("mean_texture", ColumnKind.Numeric)] };

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, schema));

        Assert.Contains("scoring.csv", error.Message);
        Assert.Contains("Row 2 (line 3)", error.Message);
        Assert.Contains("column 'mean_texture'", error.Message);
        Assert.Contains("'ten' is not a number", error.Message);
    }

    [Fact]
    public void Streaming_reports_text_in_a_numeric_column_when_the_row_is_read()
    {
        var path = _temp.WriteCsv("stream.csv", "a\n1\n2\noops\n");
        var schema = new TabularSchema { Columns = [new TabularColumn("a", ColumnKind.Numeric)] };
        var view = TabularData.StreamCsv(path, schema);

        var error = Assert.Throws<DataValidationException>(() => TabularDataTests.Read<float>(view, "a"));

        Assert.Contains("Row 3 (line 4)", error.Message);
        Assert.Contains("column 'a'", error.Message);
    }

    [Fact]
    public void A_file_lacking_schema_columns_lists_them()
    {
        var path = _temp.WriteCsv("partial.csv", "a\n1\n");
        var schema = new TabularSchema { Columns = [new TabularColumn("a", ColumnKind.Numeric), new TabularColumn("b", ColumnKind.Numeric), new TabularColumn("c", ColumnKind.Text)] };

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, schema));

        Assert.Contains("lacks the column(s) 'b', 'c'", error.Message);
        Assert.Contains("partial.csv", error.Message);
    }

    [Fact]
    public void A_missing_label_value_names_the_row()
    {
        var path = _temp.WriteCsv("unlabelled.csv", "x,y\n1,a\n2,\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains("Row 2 (line 3)", error.Message);
        Assert.Contains("label column 'y'", error.Message);
    }

    [Fact]
    public void An_unclosed_quote_names_the_line_where_it_starts()
    {
        var path = _temp.WriteCsv("quote.csv", "x,y\n1,a\n\"2,b\n");

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, new CsvLoadOptions { Label = "y" }));

        Assert.Contains("line 3", error.Message);
        Assert.Contains("quote.csv", error.Message);
    }

    [Fact]
    public void An_unknown_label_value_at_evaluation_names_row_and_classes()
    {
        var path = _temp.WriteCsv("eval.csv", "x,y\n1,0\n2,maybe\n");
        var schema = new TabularSchema { Columns = [new TabularColumn("x", ColumnKind.Numeric)], Label = new BinaryLabel("y", "1", "0") };

        var error = Assert.Throws<DataValidationException>(() => TabularData.LoadCsv(path, schema, requireLabel: true));

        Assert.Contains("Row 2 (line 3)", error.Message);
        Assert.Contains("'maybe' is neither", error.Message);
    }

    // 40 numbers in column 'radius', except row 18, which holds 'n/a?'.
    private string WriteNumbersWithAStrayWord()
    {
        var rows = Enumerable.Range(0, 40).Select(i => $"{i * 1.5},{i % 2}").ToList();
        rows[17] = "n/a?,1";
        return _temp.WriteCsv("stray.csv", "radius,y\n" + string.Join('\n', rows) + "\n");
    }
}

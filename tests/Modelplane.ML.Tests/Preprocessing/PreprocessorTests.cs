using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Data;
using Modelplane.ML.Preprocessing;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Preprocessing;

public sealed class PreprocessorTests : IDisposable
{
    private const string Mixed = "age,colour,income,y\n20,red,100,yes\n30,,200,no\n,blue,300,yes\n40,red,,no\n50,green,500,yes\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Features_are_min_max_scaled_numbers_and_one_hot_text_with_slot_names()
    {
        var data = TabularData.LoadCsv(_temp.WriteCsv("mixed.csv", Mixed), new CsvLoadOptions { Label = "y" });

        var preprocessor = Preprocessor.Fit(data.Data, data.Schema);
        var features = Features(preprocessor.Transform(data.Data));

        Assert.Equal(["age", "colour.red", "colour.blue", "colour.green", "income"], preprocessor.FeatureNames);
        // Row 1: age 20 is the minimum -> 0; red; income 100 is the minimum -> 0.
        Assert.Equal([0f, 1f, 0f, 0f, 0f], features[0]);
        // Row 2: colour missing -> most frequent training value (red).
        Assert.Equal(1f, features[1][1]);
        // Row 3: age missing -> training mean 35 -> (35 - 20) / 30.
        Assert.Equal(0.5f, features[2][0], 6);
        // Row 4: income missing -> mean 275 -> (275 - 100) / 400.
        Assert.Equal(0.4375f, features[3][4], 6);
    }

    [Fact]
    public void Mean_variance_normalisation_standardises_numbers()
    {
        var data = BreastCancer.Dataset;

        var preprocessor = Preprocessor.Fit(data.Data, data.Schema, new PreprocessingOptions { Normalization = Normalization.MeanVariance });
        var radius = Features(preprocessor.Transform(data.Data)).Select(f => (double)f[0]).ToArray();

        Assert.Equal(0, radius.Average(), 4);
        Assert.Equal(1, Math.Sqrt(radius.Select(r => r * r).Average()), 2);
    }

    [Fact]
    public void Dropping_rows_with_missing_values_removes_them_and_dropped_columns_are_not_features()
    {
        var data = TabularData.LoadCsv(_temp.WriteCsv("mixed.csv", Mixed), new CsvLoadOptions { Label = "y" });

        var preprocessor = Preprocessor.Fit(data.Data, data.Schema, new PreprocessingOptions { MissingValues = MissingValuePolicy.Drop, DropColumns = ["income"] });
        var transformed = preprocessor.Transform(data.Data);

        // Rows 2 (colour) and 3 (age) have missing features; row 4 only misses the dropped income.
        Assert.Equal(3, Features(transformed).Count);
        Assert.Equal(["age", "colour.red", "colour.green"], preprocessor.FeatureNames);
    }

    [Fact]
    public void A_saved_and_reloaded_preprocessor_gives_identical_output()
    {
        var data = TabularData.LoadCsv(_temp.WriteCsv("mixed.csv", Mixed), new CsvLoadOptions { Label = "y" });
        var preprocessor = Preprocessor.Fit(data.Data, data.Schema);
        var path = _temp.File("preprocessor.zip");

        preprocessor.Save(path);
        var reloaded = FittedPreprocessor.Load(path);

        Assert.Equal(Features(preprocessor.Transform(data.Data)), Features(reloaded.Transform(data.Data)));
        Assert.True(preprocessor.Schema.Matches(reloaded.Schema));
        Assert.Equal(preprocessor.Options.Normalization, reloaded.Options.Normalization);
        Assert.Equal(preprocessor.Options.MissingValues, reloaded.Options.MissingValues);
        Assert.Equal(preprocessor.Options.DropColumns, reloaded.Options.DropColumns);
        Assert.Equal(preprocessor.FeatureNames, reloaded.FeatureNames);
    }

    [Fact]
    public void Applying_it_to_data_without_a_needed_column_names_the_column()
    {
        var data = TabularData.LoadCsv(_temp.WriteCsv("mixed.csv", Mixed), new CsvLoadOptions { Label = "y" });
        var preprocessor = Preprocessor.Fit(data.Data, data.Schema);
        var partial = TabularData.LoadCsv(_temp.WriteCsv("partial.csv", "age,y\n3,yes\n4,no\n"), new CsvLoadOptions { Label = "y" });

        var error = Assert.Throws<DataValidationException>(() => preprocessor.Transform(partial.Data));

        Assert.Contains("lacks the column(s) 'colour', 'income'", error.Message);
        Assert.Contains("Available columns: 'age', 'y'", error.Message);
    }

    [Fact]
    public void Unknown_columns_to_drop_are_rejected()
    {
        var data = BreastCancer.Dataset;

        var error = Assert.Throws<DataValidationException>(() => Preprocessor.Fit(data.Data, data.Schema, new PreprocessingOptions { DropColumns = ["radius"] }));

        Assert.Contains("'radius'", error.Message);
    }

    internal static List<float[]> Features(IDataView data) =>
        data.GetColumn<VBuffer<float>>(Preprocessor.FeaturesColumn).Select(v => v.DenseValues().ToArray()).ToList();
}

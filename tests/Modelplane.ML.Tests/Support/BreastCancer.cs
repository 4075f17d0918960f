using Modelplane.ML.Data;

namespace Modelplane.ML.Tests.Support;

/// <summary>The sample data set, loaded once per test run.</summary>
internal static class BreastCancer
{
    private static readonly Lazy<TabularDataset> Loaded = new(() => TabularData.LoadCsv(TestFiles.BreastCancer, new CsvLoadOptions { Label = "target" }));

    public static TabularDataset Dataset => Loaded.Value;
}

using System.Globalization;
using Microsoft.ML.Data;
using Modelplane.ML.Data;
using Modelplane.ML.Inference;
using Modelplane.ML.Tests.Support;

namespace Modelplane.ML.Tests.Inference;

public sealed class BatchPredictorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Every_input_row_gets_the_prediction_the_in_memory_model_gives()
    {
        var model = TrainedModels.Logistic;
        var output = _temp.File("predictions.csv");

        var summary = BatchPredictor.PredictCsv(model, TestFiles.BreastCancer, output);

        var lines = File.ReadAllLines(output);
        Assert.Equal("row_id,predicted_label,probability,score", lines[0]);
        Assert.Equal(569, summary.Rows);
        Assert.Equal(570, lines.Length);
        var scored = model.Score(BreastCancer.Dataset.Data);
        var probabilities = scored.GetColumn<float>("Probability").ToArray();
        var predicted = scored.GetColumn<bool>("PredictedLabel").ToArray();
        for (var i = 0; i < 569; i++)
        {
            var fields = lines[i + 1].Split(',');
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), fields[0]);
            Assert.Equal(predicted[i] ? "1" : "0", fields[1]);
            Assert.Equal(probabilities[i], float.Parse(fields[2], CultureInfo.InvariantCulture));
        }

        Assert.Equal(predicted.Count(p => p), summary.PredictedPositive);
    }

    [Fact]
    public void An_id_column_is_carried_and_a_model_without_probabilities_writes_scores_only()
    {
        var input = _temp.WriteCsv("batch.csv", string.Join('\n',
            new[] { "patient," + string.Join(',', BreastCancer.Dataset.Schema.Columns.Select(c => c.Name)) }
                .Concat(File.ReadLines(TestFiles.BreastCancer).Skip(1).Take(5).Select((l, i) => $"\"p-{i}, x\"," + l[..l.LastIndexOf(',')]))));
        var output = _temp.File("forest.csv");

        BatchPredictor.PredictCsv(TrainedModels.Forest, input, output, new BatchPredictionOptions { IdColumn = "patient" });

        var lines = File.ReadAllLines(output);
        Assert.Equal("row_id,predicted_label,score", lines[0]);
        Assert.StartsWith("\"p-0, x\",", lines[1]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void A_bad_value_names_its_row_and_leaves_no_output_behind()
    {
        var rows = File.ReadLines(TestFiles.BreastCancer).Take(4).ToList();
        rows.Add("oops" + rows[1][rows[1].IndexOf(',')..]);
        var input = _temp.WriteCsv("bad.csv", string.Join('\n', rows));
        var output = _temp.File("bad-predictions.csv");

        var error = Assert.Throws<DataValidationException>(() => BatchPredictor.PredictCsv(TrainedModels.Logistic, input, output));

        Assert.Contains("Row 4 (line 5)", error.Message);
        Assert.Contains("column 'mean_radius'", error.Message);
        Assert.Empty(Directory.GetFiles(_temp.Path, "*predictions*"));
    }

    [Fact]
    public void Input_lacking_a_model_column_is_refused_before_scoring()
    {
        var input = _temp.WriteCsv("narrow.csv", "mean_radius\n12\n");

        var error = Assert.Throws<DataValidationException>(() => BatchPredictor.PredictCsv(TrainedModels.Logistic, input, _temp.File("p.csv")));

        Assert.Contains("lacks the column(s) 'mean_texture'", error.Message);
    }
}

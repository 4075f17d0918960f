using Microsoft.ML;
using Microsoft.ML.Data;
using Modelplane.ML.Inference;
using Modelplane.ML.Training;

namespace Modelplane.ML.Bench;

/// <summary>The two ways of scoring a file that the benchmark compares.</summary>
internal static class Scorers
{
    /// <summary>Modelplane: validate while streaming, score, write the predictions CSV.</summary>
    public static long Streaming(TrainedModel model, string input, string output) =>
        BatchPredictor.PredictCsv(model, input, output).Rows;

    /// <summary>
    /// Raw ML.NET: <c>LoadFromTextFile</c> with the model's columns, <c>Transform</c>, and a cursor
    /// reading the three outputs. No validation and nothing written: the floor to compare against.
    /// </summary>
    public static long RawMlNet(TrainedModel model, string input)
    {
        var ml = new MLContext();
        var header = File.ReadLines(input).First().Split(',');
        var columns = model.Schema.Columns
            .Select(c => new TextLoader.Column(c.Name, DataKind.Single, Array.IndexOf(header, c.Name)))
            .ToArray();
        var data = ml.Data.LoadFromTextFile(input, columns, separatorChar: ',', hasHeader: true);
        var scored = model.Transformer.Transform(data);
        var predicted = scored.Schema["PredictedLabel"];
        var probability = scored.Schema["Probability"];
        var score = scored.Schema["Score"];
        using var cursor = scored.GetRowCursor([predicted, probability, score]);
        var getPredicted = cursor.GetGetter<bool>(predicted);
        var getProbability = cursor.GetGetter<float>(probability);
        var getScore = cursor.GetGetter<float>(score);
        bool label = false;
        float p = 0, s = 0;
        long rows = 0;
        double checksum = 0;
        while (cursor.MoveNext())
        {
            getPredicted(ref label);
            getProbability(ref p);
            getScore(ref s);
            checksum += p;
            rows++;
        }

        GC.KeepAlive(checksum);
        return rows;
    }
}
